#!/usr/bin/env node
/**
 * Offline checks of the Salesforce package, run by CI after npm test:
 *
 *   1. sf project convert source succeeds and ships no TypeScript or tests
 *   2. every metadata XML file is well-formed (the CLI quietly repairs it)
 *   3. every Apex class and trigger parses
 *   4. PMD finds no security or sharing violation in the Apex
 *   5. the components' TypeScript compiles and each committed .js is current
 *
 * Each step prints what it checked; any failure names the file and the
 * script exits 1 after running every step.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import { CodeAnalyzer, CodeAnalyzerConfig } from '@salesforce/code-analyzer-core';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import { XMLValidator } from 'fast-xml-parser';
import { LWC_FOLDER, compileLwc } from './build-lwc.mjs';

const REPO_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_FOLDER = path.join(REPO_FOLDER, 'force-app');
const SF_CLI = path.join(REPO_FOLDER, 'node_modules', '@salesforce', 'cli', 'bin', 'run.js');
const relative = (file) => path.relative(REPO_FOLDER, file);

function listFiles(folder) {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort();
}

function convertSource(scratch) {
    const outputFolder = path.join(scratch, 'converted');

    // sf keeps auth files and update checks in HOME; a scratch HOME keeps
    // this run offline and away from the developer's orgs.
    const converted = spawnSync(
        process.execPath,
        [SF_CLI, 'project', 'convert', 'source', '--output-dir', outputFolder, '--json'],
        {
            cwd: REPO_FOLDER,
            encoding: 'utf8',
            env: {
                ...process.env,
                HOME: path.join(scratch, 'home'),
                SF_DISABLE_AUTOUPDATE: 'true',
                SF_DISABLE_TELEMETRY: 'true',
                SF_SKIP_NEW_VERSION_CHECK: 'true'
            }
        }
    );
    if (converted.status !== 0) {
        return [
            `sf project convert source exited ${converted.status}: ${converted.stdout}${converted.stderr}`
        ];
    }

    const shipped = listFiles(outputFolder);
    const forbidden = shipped.filter((file) => {
        const parts = file.split(path.sep);
        const name = parts.at(-1) ?? '';
        return (
            name.endsWith('.ts') ||
            name === 'tsconfig.json' ||
            name === 'jsconfig.json' ||
            parts.includes('__tests__') ||
            parts.includes('jest-mocks')
        );
    });

    console.log(`  converted ${shipped.length} files; none may be TypeScript, tsconfig or tests`);
    return forbidden.map(
        (file) => `ships a development file: ${path.relative(outputFolder, file)}`
    );
}

function checkXml() {
    const files = listFiles(PACKAGE_FOLDER).filter((file) => file.endsWith('.xml'));
    const problems = [];
    for (const file of files) {
        const verdict = XMLValidator.validate(readFileSync(file, 'utf8'));
        if (verdict !== true) {
            const { line, col, msg } = verdict.err;
            problems.push(`${relative(file)}:${line}:${col} ${msg}`);
        }
    }

    console.log(`  ${files.length} metadata XML files checked for well-formedness`);
    return problems;
}

class CollectingListener extends ApexErrorListener {
    errors = [];

    apexSyntaxError(line, column, message) {
        this.errors.push({ line, column, message });
    }
}

function parseApex() {
    const files = listFiles(PACKAGE_FOLDER).filter((file) => /\.(cls|trigger)$/.test(file));
    const problems = [];
    for (const file of files) {
        const listener = new CollectingListener();
        const { parser } = ApexParserFactory.createLexerAndParser(
            readFileSync(file, 'utf8'),
            listener
        );
        if (file.endsWith('.trigger')) {
            parser.triggerUnit();
        } else {
            parser.compilationUnit();
        }

        // The parser counts columns from 0; editors count from 1.
        for (const { line, column, message } of listener.errors) {
            problems.push(`${relative(file)}:${line}:${column + 1} ${shorten(message)}`);
        }
    }

    console.log(`  ${files.length} Apex files parsed`);
    return problems;
}

// ANTLR lists every token it would have accepted, often a hundred of them.
function shorten(message) {
    return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}

// Recommended covers CRUD/FLS, sharing, SOQL injection and the like; the
// Security tag adds the AppExchange review's rules (hard-coded credentials,
// session ids). Only security findings fail the build; the rest is advice.
async function runPmd(scratch) {
    const classFolders = listFiles(PACKAGE_FOLDER)
        .filter((file) => /\.(cls|trigger)$/.test(file))
        .map((file) => path.dirname(file));
    if (classFolders.length === 0) {
        console.log('  no Apex to analyse');
        return [];
    }

    const config = CodeAnalyzerConfig.fromObject(
        { log_folder: scratch, engines: { cpd: { disable_engine: true } } },
        REPO_FOLDER
    );
    const analyzer = new CodeAnalyzer(config);
    await analyzer.addEnginePlugin(createEnginePlugin());

    const workspace = await analyzer.createWorkspace([...new Set(classFolders)]);
    const selection = await analyzer.selectRules(['pmd:Recommended:Apex', 'pmd:Security:Apex'], {
        workspace
    });
    const results = await analyzer.run(selection, { workspace });

    const problems = [];
    const advice = new Map();
    for (const violation of results.getViolations()) {
        const rule = violation.getRule();
        if (rule.getTags().includes('Security')) {
            const where = violation.getPrimaryLocation();
            problems.push(
                `${relative(where.getFile() ?? '?')}:${where.getStartLine()}:${where.getStartColumn()} ` +
                    `${rule.getName()}: ${violation.getMessage()}`
            );
        } else {
            advice.set(rule.getName(), (advice.get(rule.getName()) ?? 0) + 1);
        }
    }

    const ruleCount = selection.getRulesFor('pmd').length;
    console.log(`  ${ruleCount} PMD rules run over the Apex; only security findings fail`);
    const summary = [...advice]
        .sort(([, a], [, b]) => b - a)
        .map(([name, count]) => `${name} ${count}`);
    if (summary.length > 0) {
        console.log(`  other findings (not failing): ${summary.join(', ')}`);
    }
    return problems;
}

function checkCompiledComponents(scratch) {
    if (!existsSync(LWC_FOLDER)) {
        console.log('  no components');
        return [];
    }

    const compiledFolder = path.join(scratch, 'lwc');
    const { written, problems } = compileLwc(compiledFolder);

    for (const file of written) {
        const committed = path.join(LWC_FOLDER, path.relative(compiledFolder, file));
        if (!existsSync(committed)) {
            problems.push(`${relative(committed)} is missing; run npm run build:lwc`);
        } else if (readFileSync(committed, 'utf8') !== readFileSync(file, 'utf8')) {
            problems.push(
                `${relative(committed)} is out of date with its .ts; run npm run build:lwc`
            );
        }
    }

    console.log(
        `  ${written.length} component modules compiled and compared with the committed .js`
    );
    return problems;
}

const STEPS = [
    ['sf project convert source', convertSource],
    ['metadata XML well-formed', checkXml],
    ['Apex parses', parseApex],
    ['PMD: no security or sharing violations', runPmd],
    ['LWC TypeScript compiles, .js up to date', checkCompiledComponents]
];

const scratch = mkdtempSync(path.join(os.tmpdir(), 'validate-package-'));
let failed = false;
try {
    for (const [title, step] of STEPS) {
        console.log(`${title}`);
        const problems = await step(scratch);
        for (const problem of problems) {
            console.error(`  FAIL ${problem}`);
        }
        console.log(problems.length === 0 ? '  ok' : `  ${problems.length} problem(s)`);
        failed ||= problems.length > 0;
    }
} finally {
    rmSync(scratch, { recursive: true, force: true });
}

process.exit(failed ? 1 : 0);
