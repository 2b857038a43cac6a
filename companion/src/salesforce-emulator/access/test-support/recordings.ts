import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared, read-only recordings of real Salesforce replies (development only). */
const FIXTURES = path.resolve(__dirname, '../../../../..', '..', 'shared/fixtures/salesforce');

export function readRecording(relativePath: string): unknown {
    return JSON.parse(readFileSync(path.join(FIXTURES, relativePath), 'utf8'));
}
