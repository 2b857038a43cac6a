/**
 * Where the project's own Salesforce sample data lives. The same code runs
 * from `src` under ts-jest and from `dist` once compiled, so the folder is
 * found by walking up rather than by a fixed number of `..`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const PLAN_RELATIVE_PATH = path.join('sample-data', 'salesforce', 'plan.json');

export function defaultSalesforcePlanPath(startFolder: string = __dirname): string {
    for (let folder = path.resolve(startFolder); ; folder = path.dirname(folder)) {
        const candidate = path.join(folder, PLAN_RELATIVE_PATH);
        if (existsSync(candidate)) return candidate;

        if (path.dirname(folder) === folder) {
            throw new Error(
                `no ${PLAN_RELATIVE_PATH} found in ${startFolder} or any folder above it`
            );
        }
    }
}
