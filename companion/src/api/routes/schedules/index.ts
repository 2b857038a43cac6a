import type { AnyRoute } from '../../define-route';
import { getSchedule } from './get-schedule';
import { putSchedule } from './put-schedule';

/** Every schedules endpoint, one file each beside this one. */
export const schedulesRoutes: AnyRoute[] = [getSchedule, putSchedule];
