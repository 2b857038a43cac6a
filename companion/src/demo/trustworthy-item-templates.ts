/**
 * What households keep records of, one template per item: invented providers
 * and reference prefixes (no real company is named) and the reminder each
 * item usually needs.
 */

export type ItemCategory =
    'insurance_policy' | 'property' | 'financial_account' | 'vehicle' | 'valuable' | 'document';

export interface ItemTemplate {
    category: ItemCategory;
    name: string;
    provider?: string;
    /** Value range in whole units of the household's currency. */
    value?: [number, number];
    referencePrefix?: string;
    renews: boolean;
    reminder: string;
}

export const ITEM_TEMPLATES: readonly ItemTemplate[] = [
    {
        category: 'insurance_policy',
        name: 'Home insurance',
        provider: 'Harborline Mutual',
        value: [250000, 600000],
        referencePrefix: 'HM',
        renews: true,
        reminder: 'Renew home insurance'
    },
    {
        category: 'insurance_policy',
        name: 'Term life policy',
        provider: 'Northgate Assurance',
        value: [100000, 900000],
        referencePrefix: 'NGA',
        renews: true,
        reminder: 'Review life cover and beneficiaries'
    },
    {
        category: 'insurance_policy',
        name: 'Car insurance',
        provider: 'Bluewater Auto Insurance',
        value: [8000, 40000],
        referencePrefix: 'BW',
        renews: true,
        reminder: 'Compare car insurance quotes'
    },
    {
        category: 'insurance_policy',
        name: 'Travel insurance (annual)',
        provider: 'Compass Cover',
        referencePrefix: 'CC',
        renews: true,
        reminder: 'Renew travel insurance before the summer trip'
    },
    {
        category: 'insurance_policy',
        name: 'Pet insurance — Biscuit',
        provider: 'Pawsure',
        value: [2000, 6000],
        referencePrefix: 'PS',
        renews: true,
        reminder: 'Pet insurance renewal'
    },
    {
        category: 'property',
        name: 'Primary residence',
        value: [180000, 950000],
        renews: false,
        reminder: 'Property tax instalment due'
    },
    {
        category: 'property',
        name: 'Lake cabin',
        value: [90000, 320000],
        renews: false,
        reminder: 'Winterise the cabin'
    },
    {
        category: 'property',
        name: 'Rental flat (2 bed)',
        value: [150000, 480000],
        renews: false,
        reminder: 'Tenant lease renewal'
    },
    {
        category: 'property',
        name: 'Storage unit',
        provider: 'Keepwell Storage',
        referencePrefix: 'KS',
        renews: true,
        reminder: 'Storage unit contract ends'
    },
    {
        category: 'property',
        name: 'Allotment garden plot',
        provider: 'City Parks Department',
        referencePrefix: 'PLOT',
        renews: true,
        reminder: 'Pay allotment fee'
    },
    {
        category: 'financial_account',
        name: 'Joint checking account',
        provider: 'Riverbend Credit Union',
        value: [1500, 24000],
        referencePrefix: 'RCU',
        renews: false,
        reminder: 'Check joint account standing orders'
    },
    {
        category: 'financial_account',
        name: 'College savings plan',
        provider: 'Summit Ridge Bank',
        value: [3000, 65000],
        referencePrefix: 'SRB',
        renews: false,
        reminder: 'Top up the college savings plan'
    },
    {
        category: 'financial_account',
        name: 'Retirement account',
        provider: 'Cedar & Vale Wealth',
        value: [20000, 750000],
        referencePrefix: 'CV',
        renews: false,
        reminder: 'Annual retirement contribution review'
    },
    {
        category: 'financial_account',
        name: 'Emergency savings',
        provider: 'Riverbend Credit Union',
        value: [500, 15000],
        referencePrefix: 'RCU',
        renews: false,
        reminder: 'Rebuild emergency savings'
    },
    {
        category: 'financial_account',
        name: 'Brokerage account',
        provider: 'Lanternfish Investing',
        value: [5000, 120000],
        referencePrefix: 'LF',
        renews: false,
        reminder: 'Rebalance the brokerage account'
    },
    {
        category: 'vehicle',
        name: '2019 Subaru Outback',
        value: [14000, 22000],
        referencePrefix: 'VIN',
        renews: true,
        reminder: 'Vehicle registration renewal'
    },
    {
        category: 'vehicle',
        name: '2015 Toyota Prius',
        value: [7000, 12000],
        referencePrefix: 'VIN',
        renews: true,
        reminder: 'Annual vehicle inspection'
    },
    {
        category: 'vehicle',
        name: 'Cargo e-bike',
        value: [2500, 6000],
        referencePrefix: 'FRAME',
        renews: false,
        reminder: 'Service the e-bike'
    },
    {
        category: 'vehicle',
        name: '2022 Ford Transit Connect',
        value: [21000, 30000],
        referencePrefix: 'VIN',
        renews: true,
        reminder: 'Van MOT and service'
    },
    {
        category: 'vehicle',
        name: 'Sailing dinghy',
        value: [1200, 4500],
        referencePrefix: 'HULL',
        renews: false,
        reminder: 'Mooring fee due'
    },
    {
        category: 'valuable',
        name: "Grandmother's wedding ring",
        value: [1500, 9000],
        renews: false,
        reminder: 'Get the ring re-appraised'
    },
    {
        category: 'valuable',
        name: 'Upright piano',
        value: [2000, 12000],
        renews: false,
        reminder: 'Piano tuning'
    },
    {
        category: 'valuable',
        name: 'Watercolour collection',
        value: [3000, 25000],
        renews: false,
        reminder: 'Update the art inventory photos'
    },
    {
        category: 'valuable',
        name: 'Stamp album',
        value: [400, 3000],
        renews: false,
        reminder: 'Check storage humidity'
    },
    {
        category: 'valuable',
        name: 'Camera kit',
        value: [1800, 7000],
        renews: false,
        reminder: 'Add new lens to the inventory'
    },
    {
        category: 'document',
        name: 'Passport',
        provider: 'Passport Office',
        referencePrefix: 'P',
        renews: true,
        reminder: 'Passport expires — renew'
    },
    {
        category: 'document',
        name: 'Will and testament',
        provider: 'Ashdown & Price Solicitors',
        referencePrefix: 'W',
        renews: false,
        reminder: 'Review the will'
    },
    {
        category: 'document',
        name: 'Power of attorney',
        provider: 'Ashdown & Price Solicitors',
        referencePrefix: 'POA',
        renews: false,
        reminder: 'Confirm attorney details'
    },
    {
        category: 'document',
        name: 'Birth certificates',
        renews: false,
        reminder: 'Order certified copies'
    },
    {
        category: 'document',
        name: 'Property deed',
        provider: 'County Recorder',
        referencePrefix: 'DEED',
        renews: false,
        reminder: 'Check deed is recorded'
    }
];
