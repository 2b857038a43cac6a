/**
 * Runs a snippet against the real engine code in a child Node process with
 * TZ set, because a test worker cannot change its own time zone. The
 * TypeScript sources the snippet needs are transpiled into a temporary
 * directory once per test file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';

const SOURCE_ROOT = path.resolve(__dirname, '..', '..');
const REPO_ROOT = path.resolve(SOURCE_ROOT, '..', '..');
const FOLDERS = ['engine/transforms', 'engine/mapping', 'salesforce'];

export interface TimeZoneRunner {
    run(zone: string, script: string): unknown;
    dispose(): void;
}

export function timeZoneRunner(): TimeZoneRunner {
    const outDir = mkdtempSync(path.join(tmpdir(), 'engine-tz-'));
    for (const folder of FOLDERS) transpileFolder(folder, outDir);

    return {
        run(zone, script) {
            const child = spawnSync(process.execPath, ['-e', script], {
                cwd: outDir,
                encoding: 'utf8',
                env: { ...process.env, TZ: zone, NODE_PATH: path.join(REPO_ROOT, 'node_modules') },
                timeout: 10_000
            });
            if (child.status !== 0) throw new Error(`child failed: ${child.stderr}`);
            return JSON.parse(child.stdout) as unknown;
        },
        dispose() {
            rmSync(outDir, { recursive: true, force: true });
        }
    };
}

function transpileFolder(folder: string, outDir: string): void {
    const from = path.join(SOURCE_ROOT, folder);
    const to = path.join(outDir, folder);
    mkdirSync(to, { recursive: true });

    for (const name of readdirSync(from)) {
        if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
        const output = ts.transpileModule(readFileSync(path.join(from, name), 'utf8'), {
            compilerOptions: {
                module: ts.ModuleKind.CommonJS,
                target: ts.ScriptTarget.ES2022,
                esModuleInterop: true
            }
        });
        writeFileSync(path.join(to, name.replace(/\.ts$/, '.js')), output.outputText);
    }
}
