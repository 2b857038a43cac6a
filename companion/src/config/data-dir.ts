/**
 * Makes sure DATA_DIR is a directory the companion can write, before anything
 * opens a database in it. Folders are created one level at a time from the
 * nearest existing ancestor, so an impossible path (a file on the way, a
 * pseudo-filesystem such as /proc) is refused with its reason instead of
 * failing deep inside a database driver.
 */
import fs from 'node:fs';
import path from 'node:path';

import { ConfigError } from './env';

export function ensureDataDir(dataDir: string): void {
    const missing: string[] = [];
    let existing = path.resolve(dataDir);
    while (!fs.existsSync(existing)) {
        missing.unshift(existing);
        const parent = path.dirname(existing);
        if (parent === existing) break;
        existing = parent;
    }

    const problem = unusable(existing);
    if (problem) throw new ConfigError([`DATA_DIR: ${dataDir} cannot be used: ${problem}`]);

    for (const folder of missing) {
        try {
            fs.mkdirSync(folder);
        } catch (error) {
            throw new ConfigError([
                `DATA_DIR: cannot create ${folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
            ]);
        }
    }

    const probe = path.join(dataDir, `.write-check-${process.pid}`);
    try {
        fs.writeFileSync(probe, '');
        fs.rmSync(probe);
    } catch (error) {
        throw new ConfigError([
            `DATA_DIR: ${dataDir} is not writable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
        ]);
    }
}

function unusable(folder: string): string | undefined {
    const stats = fs.statSync(folder);
    if (!stats.isDirectory()) return `${folder} is a file, not a folder`;
    try {
        fs.accessSync(folder, fs.constants.W_OK);
    } catch {
        return `${folder} is not writable`;
    }
    return undefined;
}
