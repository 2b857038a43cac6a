import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoMappingJson } from '../test-support/demo-mapping';
import { loadMappingFile, parseMappingFile } from './parse-mapping-file';
import { reverseValueMap } from './value-maps';

function issuesOf(json: unknown): Array<{ path: string; message: string }> {
    const result = parseMappingFile(json);
    if (result.ok) throw new Error('expected the mapping to be refused');
    return result.issues;
}

describe('parseMappingFile', () => {
    it('when the mapping is valid, then it comes back typed and unchanged', () => {
        const json = demoMappingJson();
        const result = parseMappingFile(json);
        expect(result).toEqual({ ok: true, mapping: json });
    });

    it('when several properties are wrong, then every problem is reported with its JSON path', () => {
        const json = demoMappingJson() as unknown as {
            pairings: Array<Record<string, unknown>>;
        } & Record<string, unknown>;
        json.formatVersion = 2;
        const first = json.pairings[0] as {
            fields: Array<Record<string, unknown>>;
            conflictPolicy: string;
        };
        (first.fields[3] as Record<string, unknown>).transform = 'currency';
        first.conflictPolicy = 'latest';
        delete (first.fields[0] as Record<string, unknown>).trustworthy;
        (first.fields[1] as Record<string, unknown>).tranform = 'picklist';

        expect(issuesOf(json)).toEqual([
            { path: 'formatVersion', message: 'expected 1' },
            {
                path: 'pairings[0].conflictPolicy',
                message:
                    'expected one of "salesforce_wins", "trustworthy_wins", "newest_wins", "field_owner", "hold"'
            },
            { path: 'pairings[0].fields[0].trustworthy', message: 'missing (expected string)' },
            { path: 'pairings[0].fields[1].tranform', message: 'unknown property' },
            {
                path: 'pairings[0].fields[3].transform',
                message:
                    'expected one of "text", "picklist", "multi_picklist", "date", "datetime", "number", "boolean", "email", "phone", "address", "reference"'
            }
        ]);
    });

    it('when the input is not an object, then the root is named', () => {
        expect(issuesOf('hello')).toEqual([
            { path: '(root)', message: 'expected object, got string' }
        ]);
    });

    it('when pairing ids repeat and a reference points to a later or unknown pairing, then each is reported', () => {
        const json = demoMappingJson();
        const [households, members] = json.pairings as [
            (typeof json.pairings)[0],
            (typeof json.pairings)[0]
        ];
        json.pairings = [members, households, { ...households }];
        members.fields.push({
            salesforce: 'ReportsToId',
            trustworthy: 'title',
            transform: 'reference',
            pairing: 'nowhere'
        });

        expect(issuesOf(json)).toEqual([
            {
                path: 'pairings[0].fields[0].pairing',
                message:
                    'pairing "accounts-households" must come before "contacts-members" in the file'
            },
            { path: 'pairings[0].fields[6].pairing', message: 'no pairing has the id "nowhere"' },
            { path: 'pairings[2].id', message: 'duplicate pairing id "accounts-households"' }
        ]);
    });

    it('when a field is mapped twice on one side and a match key is not mapped, then both are reported', () => {
        const json = demoMappingJson();
        const pairing = json.pairings[0]!;
        pairing.fields.push({ salesforce: 'Name', trustworthy: 'email', transform: 'text' });
        pairing.fields.push({ salesforce: 'Site', trustworthy: 'name', transform: 'text' });
        pairing.matchKeys.push({ salesforce: 'AccountNumber', trustworthy: 'size' });

        expect(issuesOf(json)).toEqual([
            {
                path: 'pairings[0].fields[6].salesforce',
                message: 'field "Name" is already mapped in this pairing'
            },
            {
                path: 'pairings[0].fields[7].trustworthy',
                message: 'field "name" is already mapped in this pairing'
            },
            {
                path: 'pairings[0].matchKeys[1]',
                message: "match key AccountNumber ↔ size is not one of the pairing's mapped fields"
            }
        ]);
    });

    it('when options do not fit the transform, then each misplaced option is reported', () => {
        const json = demoMappingJson();
        const pairing = json.pairings[0]!;
        pairing.direction = 'to_trustworthy';
        pairing.fields[0] = {
            ...pairing.fields[0]!,
            valueMap: { a: 'b' },
            direction: 'to_salesforce'
        };
        pairing.fields[3] = { ...pairing.fields[3]!, pairing: 'accounts-households' };
        json.pairings[1]!.fields[0] = {
            salesforce: 'AccountId',
            trustworthy: 'household_id',
            transform: 'reference'
        };

        expect(issuesOf(json)).toEqual([
            {
                path: 'pairings[0].fields[0].valueMap',
                message: 'only picklist and multi_picklist fields take valueMap'
            },
            {
                path: 'pairings[0].fields[0].direction',
                message: 'the pairing only flows to_trustworthy'
            },
            {
                path: 'pairings[0].fields[3].pairing',
                message: 'only reference fields take pairing'
            },
            {
                path: 'pairings[1].fields[0].pairing',
                message: 'missing (a reference field names the pairing it points into)'
            }
        ]);
    });

    it('when a value map merges values without a reverse map, then it is refused; with one, it is accepted', () => {
        const json = demoMappingJson();
        const field = json.pairings[0]!.fields[1]!;
        field.valueMap = {
            Prospect: 'family',
            Other: 'other',
            'Channel Partner / Reseller': 'other'
        };

        expect(issuesOf(json)).toEqual([
            {
                path: 'pairings[0].fields[1].valueMap',
                message:
                    'several Salesforce values map to "other"; add a reverseValueMap to say which one to write back'
            }
        ]);

        field.reverseValueMap = { family: 'Prospect', other: 'Other' };
        expect(parseMappingFile(json).ok).toBe(true);
    });

    it('when a value map is one-to-one, then the reverse map is its inverse', () => {
        const field = demoMappingJson().pairings[0]!.fields[1]!;
        expect(reverseValueMap(field)).toEqual({ family: 'Prospect', other: 'Other' });
    });
});

describe('loadMappingFile', () => {
    let directory: string;
    beforeEach(() => {
        directory = mkdtempSync(path.join(tmpdir(), 'mapping-'));
    });
    afterEach(() => {
        rmSync(directory, { recursive: true, force: true });
    });

    it('when the file holds a valid mapping, then it is parsed', async () => {
        const file = path.join(directory, 'mapping.json');
        writeFileSync(file, JSON.stringify(demoMappingJson(), null, 2));
        const result = await loadMappingFile(file);
        expect(result.ok && result.mapping.name).toBe('demo');
    });

    it('when the file is not JSON, then one file-level issue says so', async () => {
        const file = path.join(directory, 'broken.json');
        writeFileSync(file, '{ "format": ');
        const result = await loadMappingFile(file);
        expect(result.ok).toBe(false);
        if (!result.ok) {
            expect(result.issues).toHaveLength(1);
            expect(result.issues[0]!.path).toBe('(file)');
            expect(result.issues[0]!.message).toMatch(/^not valid JSON: /);
        }
    });

    it('when the file does not exist, then the issue names it', async () => {
        const file = path.join(directory, 'missing.json');
        const result = await loadMappingFile(file);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues[0]!.message).toContain(`cannot read ${file}`);
    });
});
