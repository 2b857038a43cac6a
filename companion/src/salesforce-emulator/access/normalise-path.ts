/**
 * The sf CLI keeps the trailing slash of an instance URL, so it asks for
 * `//services/data/...`. Collapsing repeated slashes in the path (never the
 * query) lets every route match; mount this first.
 */
import type { NextFunction, Request, Response } from 'express';

export function normalisePath(req: Request, _res: Response, next: NextFunction): void {
    const queryStart = req.url.indexOf('?');
    const path = queryStart < 0 ? req.url : req.url.slice(0, queryStart);
    const query = queryStart < 0 ? '' : req.url.slice(queryStart);

    const collapsed = path.replace(/\/{2,}/g, '/');
    if (collapsed !== path) req.url = collapsed + query;
    next();
}
