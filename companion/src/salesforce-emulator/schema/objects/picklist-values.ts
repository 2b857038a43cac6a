/** Standard picklist values of a new Salesforce org, as its describes list them. */

export const LEAD_SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];

export const ACCOUNT_TYPES = [
    'Prospect',
    'Customer - Direct',
    'Customer - Channel',
    'Channel Partner / Reseller',
    'Installation Partner',
    'Technology Partner',
    'Other'
];

export const INDUSTRIES = [
    'Agriculture',
    'Apparel',
    'Banking',
    'Biotechnology',
    'Chemicals',
    'Communications',
    'Construction',
    'Consulting',
    'Education',
    'Electronics',
    'Energy',
    'Engineering',
    'Entertainment',
    'Environmental',
    'Finance',
    'Food & Beverage',
    'Government',
    'Healthcare',
    'Hospitality',
    'Insurance',
    'Machinery',
    'Manufacturing',
    'Media',
    'Not For Profit',
    'Recreation',
    'Retail',
    'Shipping',
    'Technology',
    'Telecommunications',
    'Transportation',
    'Utilities',
    'Other'
];

export const SALUTATIONS = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'];

export const OPPORTUNITY_TYPES = [
    'Existing Customer - Upgrade',
    'Existing Customer - Replacement',
    'Existing Customer - Downgrade',
    'New Customer'
];

/** Stage → the probability and forecast category Salesforce fills in when they are not sent. */
export const OPPORTUNITY_STAGES: ReadonlyArray<{
    name: string;
    probability: number;
    forecastCategoryName: string;
    closed: boolean;
    won: boolean;
}> = [
    {
        name: 'Prospecting',
        probability: 10,
        forecastCategoryName: 'Pipeline',
        closed: false,
        won: false
    },
    {
        name: 'Qualification',
        probability: 10,
        forecastCategoryName: 'Pipeline',
        closed: false,
        won: false
    },
    {
        name: 'Needs Analysis',
        probability: 20,
        forecastCategoryName: 'Pipeline',
        closed: false,
        won: false
    },
    {
        name: 'Value Proposition',
        probability: 50,
        forecastCategoryName: 'Pipeline',
        closed: false,
        won: false
    },
    {
        name: 'Id. Decision Makers',
        probability: 60,
        forecastCategoryName: 'Pipeline',
        closed: false,
        won: false
    },
    {
        name: 'Perception Analysis',
        probability: 70,
        forecastCategoryName: 'Pipeline',
        closed: false,
        won: false
    },
    {
        name: 'Proposal/Price Quote',
        probability: 75,
        forecastCategoryName: 'Pipeline',
        closed: false,
        won: false
    },
    {
        name: 'Negotiation/Review',
        probability: 90,
        forecastCategoryName: 'Pipeline',
        closed: false,
        won: false
    },
    {
        name: 'Closed Won',
        probability: 100,
        forecastCategoryName: 'Closed',
        closed: true,
        won: true
    },
    {
        name: 'Closed Lost',
        probability: 0,
        forecastCategoryName: 'Omitted',
        closed: true,
        won: false
    }
];

export const FORECAST_CATEGORY_NAMES = ['Omitted', 'Pipeline', 'Best Case', 'Commit', 'Closed'];
