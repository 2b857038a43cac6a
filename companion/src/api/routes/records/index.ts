import type { AnyRoute } from '../../define-route';
import { getSalesforceRecordStatus } from './get-salesforce-status';

/** Every records endpoint, one file each beside this one. */
export const recordsRoutes: AnyRoute[] = [getSalesforceRecordStatus];
