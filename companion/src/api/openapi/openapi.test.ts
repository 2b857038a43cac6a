import fs from 'node:fs';

import { ROUTES } from '../route-table';
import { OPENAPI_FILE, renderOpenApi } from './write-openapi';

describe('the published OpenAPI document', () => {
    it('when compared with the routes, then companion/openapi.json is exactly what they generate (run `npm run openapi` after changing a route)', () => {
        expect(fs.readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderOpenApi());
    });

    it('when listing operations, then every route appears once with its method and path', () => {
        const document = JSON.parse(renderOpenApi()) as {
            paths: Record<string, Record<string, unknown>>;
        };
        const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
            Object.keys(methods).map((method) => `${method} ${path}`)
        );
        const routes = ROUTES.map(
            (route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`
        );
        expect(operations.sort()).toEqual([...new Set(routes)].sort());
        expect(routes).toHaveLength(new Set(routes).size);
    });
});
