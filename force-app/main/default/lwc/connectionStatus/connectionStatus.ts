import { LightningElement } from 'lwc';
import getConnections from '@salesforce/apex/TrustworthySetupController.getConnections';
import getSalesforceSetup from '@salesforce/apex/TrustworthySetupController.getSalesforceSetup';
import createSalesforceConnectLink from '@salesforce/apex/TrustworthySetupController.createSalesforceConnectLink';
import connectTrustworthy from '@salesforce/apex/TrustworthySetupController.connectTrustworthy';
import testConnection from '@salesforce/apex/TrustworthySetupController.testConnection';
import { reduceErrors, type SyncError } from 'c/syncErrors';
import {
    readReply,
    type ConnectionState,
    type ConnectionTestReply,
    type ConnectionsReply,
    type ConnectLinkReply,
    type SalesforceSetupReply,
    type SideTest
} from 'c/setupReplies';

const STATE_LABEL: Record<ConnectionState, string> = {
    connected: 'Connected',
    configured: 'Configured, not yet verified',
    not_connected: 'Not connected',
    revoked: 'Access revoked',
    error: 'Error'
};

const LOGIN_URLS = [
    {
        label: 'Production (login.salesforce.com)',
        value: 'https://login.salesforce.com'
    },
    {
        label: 'Sandbox (test.salesforce.com)',
        value: 'https://test.salesforce.com'
    }
];

interface SideView {
    label: string;
    badgeClass: string;
    detail: string;
    lastError: string | null;
}

interface DiagnosisView {
    key: string;
    code: string;
    message: string;
    action: string;
}

interface TestView {
    side: string;
    verdict: string;
    badgeClass: string;
    diagnoses: DiagnosisView[];
    hasDiagnoses: boolean;
}

/**
 * Both sides' connection state, what to paste into the Salesforce app
 * settings, the two ways to connect, and the connection test's diagnoses.
 */
export default class ConnectionStatus extends LightningElement {
    connections: ConnectionsReply | null = null;
    setup: SalesforceSetupReply | null = null;
    test: ConnectionTestReply | null = null;
    connectLink: ConnectLinkReply | null = null;
    trustworthySaved = false;

    loginUrl = 'https://login.salesforce.com';
    clientId = '';
    clientSecret = '';
    baseUrl = '';
    apiKey = '';

    loading = true;
    busyAction: string | null = null;
    copiedWhat = '';
    errors: SyncError[] = [];

    override connectedCallback(): void {
        this.load();
    }

    async load(): Promise<void> {
        this.loading = true;
        this.errors = [];

        try {
            const [connections, setup] = await Promise.all([
                getConnections(),
                getSalesforceSetup()
            ]);
            this.connections = readReply<ConnectionsReply>(connections, [
                'salesforce',
                'trustworthy'
            ]);
            this.setup = readReply<SalesforceSetupReply>(setup, [
                'callbackUrl',
                'scopes'
            ]);
        } catch (error) {
            this.errors = reduceErrors(error);
        } finally {
            this.loading = false;
        }
    }

    get loginUrlOptions() {
        return LOGIN_URLS;
    }

    get salesforce(): SideView | null {
        const side = this.connections?.salesforce;
        if (!side) return null;

        const where = side.username ?? side.instanceUrl ?? side.loginUrl;
        return {
            ...stateView(side.status, side.lastError),
            detail: where ? `As ${where}` : 'No org connected yet'
        };
    }

    get trustworthy(): SideView | null {
        const side = this.connections?.trustworthy;
        if (!side) return null;

        return {
            ...stateView(side.status, side.lastError),
            detail: side.baseUrl
                ? `At ${side.baseUrl}`
                : 'No vault connected yet'
        };
    }

    get scopesText(): string {
        return this.setup?.scopes.join(' ') ?? '';
    }

    get isBusy(): boolean {
        return this.busyAction !== null;
    }

    get busyText(): string {
        return this.busyAction ?? '';
    }

    get testViews(): TestView[] {
        if (!this.test) return [];
        return [
            testView('Salesforce', this.test.salesforce),
            testView('Trustworthy', this.test.trustworthy)
        ];
    }

    handleInput(event: CustomEvent<{ value: string }>): void {
        const target = event.target as HTMLElement;
        const field = target.dataset.field;
        const value = event.detail.value ?? '';
        if (field === 'loginUrl') this.loginUrl = value;
        if (field === 'clientId') this.clientId = value;
        if (field === 'clientSecret') this.clientSecret = value;
        if (field === 'baseUrl') this.baseUrl = value;
        if (field === 'apiKey') this.apiKey = value;
    }

    async handleCopy(event: Event): Promise<void> {
        const what = (event.currentTarget as HTMLElement).dataset.copy;
        const text =
            what === 'scopes' ? this.scopesText : this.setup?.callbackUrl;
        if (!text) return;

        // The field stays selectable for copying by hand where the clipboard is refused.
        try {
            await navigator.clipboard.writeText(text);
            this.copiedWhat =
                what === 'scopes' ? 'Scopes copied.' : 'Callback URL copied.';
        } catch {
            this.copiedWhat =
                'Copying was blocked; select the text and copy it.';
        }
    }

    async handleConnectSalesforce(): Promise<void> {
        if (!this.loginUrl.trim() || !this.clientId.trim()) {
            this.errors = [missingInput('The login URL and consumer key')];
            return;
        }

        await this.act('Creating a sign-in link…', async () => {
            const reply = await createSalesforceConnectLink({
                loginUrl: this.loginUrl.trim(),
                clientId: this.clientId.trim(),
                clientSecret: this.clientSecret || null
            });
            this.connectLink = readReply<ConnectLinkReply>(reply, ['url']);
            window.open(this.connectLink.url, '_blank', 'noopener');
        });
    }

    async handleConnectTrustworthy(): Promise<void> {
        if (!this.baseUrl.trim() || !this.apiKey) {
            this.errors = [missingInput('The vault URL and API key')];
            return;
        }

        await this.act('Saving the Trustworthy key…', async () => {
            await connectTrustworthy({
                baseUrl: this.baseUrl.trim(),
                apiKey: this.apiKey
            });
            this.apiKey = '';
            this.trustworthySaved = true;
            await this.load();
        });
    }

    async handleTest(): Promise<void> {
        await this.act('Testing both connections…', async () => {
            const reply = await testConnection();
            this.test = readReply<ConnectionTestReply>(reply, [
                'salesforce',
                'trustworthy'
            ]);
        });
    }

    handleRefresh(): void {
        this.load();
    }

    private async act(label: string, work: () => Promise<void>): Promise<void> {
        this.busyAction = label;
        this.errors = [];
        try {
            await work();
        } catch (error) {
            this.errors = reduceErrors(error);
        } finally {
            this.busyAction = null;
        }
    }
}

function stateView(status: ConnectionState, lastError: string | null) {
    const good = status === 'connected';
    const warn = status === 'configured';
    return {
        label: STATE_LABEL[status] ?? status,
        badgeClass: good
            ? 'slds-theme_success'
            : warn
              ? 'slds-theme_warning'
              : 'slds-theme_error',
        lastError
    };
}

function testView(side: string, result: SideTest): TestView {
    const ok = result.verdict === 'ok';
    const diagnoses = result.diagnoses.map((diagnosis, index) => ({
        key: `${side}-${index}`,
        code: diagnosis.code,
        message: diagnosis.message,
        action: diagnosis.action
    }));
    return {
        side,
        verdict: ok ? 'Working' : 'Not working',
        badgeClass: ok ? 'slds-theme_success' : 'slds-theme_error',
        diagnoses,
        hasDiagnoses: diagnoses.length > 0
    };
}

function missingInput(what: string): SyncError {
    return {
        code: 'missing_input',
        title: 'Fill in the form',
        message: `${what} are required.`,
        details: []
    };
}
