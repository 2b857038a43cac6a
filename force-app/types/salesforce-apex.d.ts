// Every Apex method reaches a component as a promise of whatever the method
// returns. Ours return the companion's JSON reply, which the component must
// narrow before use, so the value is unknown rather than any.
declare module '@salesforce/apex/*' {
    const apexMethod: (params?: object) => Promise<unknown>;
    export default apexMethod;
}

declare module '@salesforce/apex' {
    export function refreshApex(wiredValue: unknown): Promise<void>;
}
