#!/usr/bin/env node
/**
 * Compiles the Lightning components' TypeScript to the .js Salesforce deploys,
 * written beside each .ts. Tests are type-checked (npm run typecheck) but
 * never emitted: sfdx-lwc-jest reads them as TypeScript and they never deploy.
 *
 *   node scripts/build-lwc.mjs      write the .js files
 *
 * compileLwc() is shared with validate-package.mjs, which compiles to a
 * temporary folder and compares the result with the committed .js.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const REPO_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LWC_FOLDER = path.join(REPO_FOLDER, 'force-app', 'main', 'default', 'lwc');

const isShippedSource = (file) =>
    file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.split(/[\\/]/).includes('__tests__');

/**
 * Emits every component .ts under lwc/ into outputFolder (default: beside the
 * source). Returns the written files and the compiler's diagnostics as text.
 */
export function compileLwc(outputFolder = LWC_FOLDER) {
    const configPath = path.join(LWC_FOLDER, 'tsconfig.json');
    const read = ts.readConfigFile(configPath, ts.sys.readFile);
    if (read.error) {
        return { written: [], problems: [formatDiagnostic(read.error)] };
    }

    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, LWC_FOLDER);
    const options = { ...parsed.options, noEmit: false, outDir: outputFolder, rootDir: LWC_FOLDER };
    const sources = parsed.fileNames.filter(isShippedSource);
    const declarations = parsed.fileNames.filter((file) => file.endsWith('.d.ts'));

    const program = ts.createProgram([...sources, ...declarations], options);
    const written = [];
    const emitted = program.emit(undefined, (file, text) => {
        ts.sys.writeFile(file, text);
        written.push(file);
    });

    const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map(
        formatDiagnostic
    );
    return { written, problems };
}

function formatDiagnostic(diagnostic) {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (!diagnostic.file || diagnostic.start === undefined) {
        return text;
    }

    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const file = path.relative(REPO_FOLDER, diagnostic.file.fileName);
    return `${file}:${line + 1}:${character + 1} ${text}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const { written, problems } = compileLwc();
    for (const file of written) {
        console.log(`wrote ${path.relative(REPO_FOLDER, file)}`);
    }

    if (problems.length > 0) {
        console.error(problems.join('\n'));
        process.exit(1);
    }
}
