/**
 * Command-line flags of `npm start -- …`. Unknown flags are an error that
 * names them, so a typo never silently runs the wrong kind of sync.
 */
import { parseArgs } from 'node:util';

export interface CliArguments {
    once: boolean;
    json: boolean;
    seed: string | undefined;
    mapping: string | undefined;
    help: boolean;
}

export const USAGE = `Usage: npm start -- [options]

  --once              run one sync and exit (exit code 0 ok, 1 failed, 3 some records failed)
  --json              print the run summary as JSON on stdout
  --seed <plan.json>  seed an empty emulated org from an sf data-tree plan (sf data export tree --plan)
  --mapping <file>    use this mapping file (imported as a new version when it differs)
  --help              show this help

Environment: PORT, DATA_DIR, LOG_LEVEL, SYNC_INTERVAL_SECONDS, SALESFORCE_*, TRUSTWORTHY_* (see README).`;

export function parseCliArguments(argv: string[]): CliArguments {
    const { values } = parseArgs({
        args: argv,
        options: {
            once: { type: 'boolean', default: false },
            json: { type: 'boolean', default: false },
            seed: { type: 'string' },
            mapping: { type: 'string' },
            help: { type: 'boolean', default: false }
        },
        strict: true,
        allowPositionals: false
    });
    return {
        once: values.once ?? false,
        json: values.json ?? false,
        seed: values.seed,
        mapping: values.mapping,
        help: values.help ?? false
    };
}
