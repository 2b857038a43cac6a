/**
 * The connection manager the companion starts with: stored connections
 * (secrets sealed with COMPANION_ENCRYPTION_KEY, or the local key on the
 * embedded default), then the environment, then the local emulators.
 * Connects on first use, so a companion without a reachable org still
 * starts and can report it.
 */
import { secretBoxFor } from '../../lib/secret-box-key';
import { callbackUrl } from '../../salesforce/oauth-web-server';
import { ConnectionsRepository } from '../../store/connections-repository';
import type { LazyDeps, ServiceContext } from '../service-context';
import type { ConnectionManager } from './connection-manager';
import { diagnoseSalesforce } from './diagnostics/salesforce-diagnostics';
import { diagnoseTrustworthy } from './diagnostics/trustworthy-diagnostics';
import { checkSalesforceLoginUrl } from './endpoint-urls';
import { OAuthWebFlow } from './oauth-web-flow';
import { SalesforceSide } from './salesforce-side';
import { connectServerToServer } from './server-to-server';
import { salesforceSetup } from './setup-instructions';
import { TrustworthySide } from './trustworthy-side';

export function createConnections(ctx: ServiceContext, deps: LazyDeps): ConnectionManager {
    const box = secretBoxFor(ctx.config.encryptionKey, ctx.config.dataDir);
    const repository = new ConnectionsRepository(ctx.repositories.store);
    const salesforce = new SalesforceSide(ctx, deps, box, repository);
    const trustworthy = new TrustworthySide(ctx, box, repository);
    const oauth = new OAuthWebFlow(ctx, box, repository, salesforce);

    return {
        salesforce: () => salesforce.port(),
        trustworthy: () => trustworthy.port(),
        state: async () => ({
            salesforce: await salesforce.state(),
            trustworthy: await trustworthy.state()
        }),
        salesforceSetup: () => salesforceSetup(ctx.settings.publicBaseUrl),
        mintOAuthLink: (request) => oauth.mint(request),
        startOAuth: (linkToken) => oauth.start(linkToken),
        completeOAuth: (callback) => oauth.complete(callback),
        connectServerToServer: (request) =>
            connectServerToServer(ctx, box, repository, salesforce, request),
        disconnectSalesforce: () => salesforce.forget(),
        connectTrustworthy: (request) => trustworthy.connect(request),
        disconnectTrustworthy: () => trustworthy.forget(),
        diagnose: async (options = {}) => {
            if (options.salesforceApp) {
                const loginUrl = checkSalesforceLoginUrl(
                    options.salesforceApp.loginUrl,
                    ctx.local.salesforce?.url,
                    'body.salesforceApp.loginUrl'
                );
                options = { salesforceApp: { ...options.salesforceApp, loginUrl } };
            }
            const [salesforceReport, trustworthyReport] = await Promise.all([
                diagnoseSalesforce({
                    side: salesforce,
                    oauth,
                    repository,
                    box,
                    mappings: deps().mappings,
                    callbackUrl: callbackUrl(ctx.settings.publicBaseUrl),
                    options
                }),
                diagnoseTrustworthy(trustworthy)
            ]);
            return {
                salesforce: salesforceReport,
                trustworthy: trustworthyReport,
                checkedAt: ctx.now().toISOString()
            };
        }
    };
}
