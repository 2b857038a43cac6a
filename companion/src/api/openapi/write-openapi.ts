/** `npm run openapi`: regenerates companion/openapi.json from the route table. */
import fs from 'node:fs';
import path from 'node:path';

import { ROUTES } from '../route-table';
import { buildOpenApi } from './build-openapi';

export const OPENAPI_FILE = path.resolve(__dirname, '..', '..', '..', 'openapi.json');

export function renderOpenApi(): string {
    const pkg = JSON.parse(
        fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8')
    ) as { version: string };
    return `${JSON.stringify(buildOpenApi(ROUTES, pkg.version), null, 2)}\n`;
}

if (require.main === module) {
    fs.writeFileSync(OPENAPI_FILE, renderOpenApi());
    process.stdout.write(`wrote ${OPENAPI_FILE}\n`);
}
