import type { AnyRoute } from '../../define-route';
import { getSalesforceObject } from './get-salesforce-object';
import { getSuggestions } from './get-suggestions';
import { getTrustworthyObject } from './get-trustworthy-object';
import { listSalesforceObjects } from './list-salesforce-objects';
import { listTrustworthyObjects } from './list-trustworthy-objects';

/** Every schema endpoint, one file each beside this one. */
export const schemaRoutes: AnyRoute[] = [
    listSalesforceObjects,
    getSalesforceObject,
    listTrustworthyObjects,
    getTrustworthyObject,
    getSuggestions
];
