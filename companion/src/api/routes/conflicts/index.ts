import type { AnyRoute } from '../../define-route';
import { listConflicts } from './list-conflicts';
import { postResolveConflict } from './post-resolve';

/** Every conflicts endpoint, one file each beside this one. */
export const conflictsRoutes: AnyRoute[] = [listConflicts, postResolveConflict];
