export const DIRECTIONS = [
    { label: 'Both ways', value: 'both' },
    { label: 'Salesforce → Trustworthy only', value: 'to_trustworthy' },
    { label: 'Trustworthy → Salesforce only', value: 'to_salesforce' }
];
export const CONFLICT_POLICIES = [
    { label: 'Newest change wins', value: 'newest_wins' },
    { label: 'Salesforce wins', value: 'salesforce_wins' },
    { label: 'Trustworthy wins', value: 'trustworthy_wins' },
    { label: 'Each field’s owner wins', value: 'field_owner' },
    { label: 'Hold for review', value: 'hold' }
];
/** The option's typed value when the picked text is one of them. */
export function pick(options, picked) {
    return options.find((option) => option.value === picked)?.value;
}
