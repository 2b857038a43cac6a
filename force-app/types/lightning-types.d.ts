// Brings in the typings Salesforce publishes for ~80 lightning/* modules; the
// other files in this folder cover what that package leaves out.
import '@salesforce/lightning-types';
