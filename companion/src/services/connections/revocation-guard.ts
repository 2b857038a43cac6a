/**
 * Once Salesforce refuses the refresh token, jsforce reports it as a generic
 * "Unable to refresh session" error. This guard turns any failure that
 * happens after the revocation into the API's own `salesforce_not_connected`,
 * so callers (runs, schema, usage) all see the same, actionable error.
 *
 * A Proxy rather than a hand-written wrapper: the port grows as other areas
 * add methods, and each new method is guarded without touching this file.
 */
import type { ApiError } from '../../api/api-error';
import type { SalesforcePort } from '../../engine/runner/ports';

export function guardRevocation(
    port: SalesforcePort,
    revocation: () => ApiError | undefined
): SalesforcePort {
    return new Proxy(port, {
        get(target, property) {
            const value: unknown = Reflect.get(target, property, target);
            if (typeof value !== 'function') return value;

            return (...args: unknown[]): unknown => {
                const result: unknown = value.apply(target, args);
                if (!(result instanceof Promise)) return result;
                return result.catch((error: unknown) => {
                    throw revocation() ?? error;
                });
            };
        }
    });
}
