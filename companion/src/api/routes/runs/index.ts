import type { AnyRoute } from '../../define-route';
import { getRun } from './get-run';
import { listRuns } from './list-runs';
import { postDryRun } from './post-dry-run';
import { postPause } from './post-pause';
import { postResume } from './post-resume';
import { postRetry } from './post-retry';
import { postRollback } from './post-rollback';
import { postRun } from './post-run';
import { getGoLive } from './get-go-live';
import { putGoLive } from './put-go-live';

/** Every runs endpoint, one file each beside this one. */
export const runsRoutes: AnyRoute[] = [
    postDryRun,
    postRun,
    listRuns,
    getRun,
    postRetry,
    postRollback,
    postPause,
    postResume,
    getGoLive,
    putGoLive
];
