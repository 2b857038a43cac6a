import { createElement } from 'lwc';
import ConnectionStatus from 'c/connectionStatus';
import getConnections from '@salesforce/apex/TrustworthySetupController.getConnections';
import getSalesforceSetup from '@salesforce/apex/TrustworthySetupController.getSalesforceSetup';
import createSalesforceConnectLink from '@salesforce/apex/TrustworthySetupController.createSalesforceConnectLink';
import connectTrustworthy from '@salesforce/apex/TrustworthySetupController.connectTrustworthy';
import testConnection from '@salesforce/apex/TrustworthySetupController.testConnection';
import connections from './data/connections.json';
import setup from './data/setup.json';
import connectionTest from './data/connection-test.json';
import connectLink from './data/connect-link.json';
import trustworthyConnected from './data/trustworthy-connected.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.getConnections',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.getSalesforceSetup',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.createSalesforceConnectLink',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.connectTrustworthy',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.testConnection',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockGetConnections = getConnections as jest.Mock;
const mockGetSetup = getSalesforceSetup as jest.Mock;
const mockConnectLink = createSalesforceConnectLink as jest.Mock;
const mockConnectTrustworthy = connectTrustworthy as jest.Mock;
const mockTest = testConnection as jest.Mock;

type Rendered = HTMLElement & {
    label?: string;
    value?: string;
    errors?: { code: string; message: string }[];
};

function apexFailure(code: string, message: string, status: number) {
    const body = {
        code,
        message,
        companionMessage: message,
        details: [],
        status
    };
    return { status: 500, body: { message: JSON.stringify(body) } };
}

async function flush(): Promise<void> {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-connection-status', {
        is: ConnectionStatus
    });
    document.body.appendChild(element);
    await flush();
    return element;
}

function find(element: HTMLElement, selector: string): Rendered {
    const found = element.shadowRoot?.querySelector<Rendered>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
}

function type(element: HTMLElement, field: string, value: string): void {
    const input = find(element, `[data-field="${field}"]`);
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-connection-status', () => {
    beforeEach(() => {
        mockGetConnections.mockResolvedValue(connections);
        mockGetSetup.mockResolvedValue(setup);
    });

    afterEach(() => {
        while (document.body.firstChild)
            document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('when the state loads, then each side shows its state and the values to paste', async () => {
        const element = await mount();

        const salesforce = find(element, '.salesforce-state');
        expect(find(element, '.salesforce-state lightning-badge').label).toBe(
            'Connected'
        );
        expect(salesforce.textContent).toContain(
            'integration@acme.example.sandbox'
        );
        expect(find(element, '.trustworthy-state lightning-badge').label).toBe(
            'Not connected'
        );
        expect(find(element, '.callback-url').value).toBe(setup.callbackUrl);
        expect(find(element, '.scopes').value).toBe('api refresh_token');
        await expect(element).toBeAccessible();
    });

    it('when loading is slow, then a spinner says what is loading', async () => {
        mockGetConnections.mockReturnValue(new Promise(() => undefined));
        const element = await mount();

        const spinner = find(element, 'lightning-spinner') as Rendered & {
            alternativeText?: string;
        };
        expect(spinner.alternativeText).toBe('Loading connection state');
    });

    it('when the companion cannot be reached, then the error panel explains it', async () => {
        mockGetConnections.mockRejectedValue(
            apexFailure(
                'companion_unreachable',
                'The companion did not answer.',
                0
            )
        );
        const element = await mount();

        const panel = find(element, 'c-error-panel');
        expect(panel.errors?.[0]?.message).toContain(
            'The companion did not answer.'
        );
        await expect(element).toBeAccessible();
    });

    it('when Connect Salesforce is pressed, then the link is created and opened', async () => {
        mockConnectLink.mockResolvedValue(connectLink);
        const open = jest.spyOn(window, 'open').mockReturnValue(null);
        const element = await mount();

        type(element, 'loginUrl', 'https://test.salesforce.com');
        type(element, 'clientId', '3MVG9_consumer_key');
        find(element, '.connect-salesforce').click();
        await flush();

        expect(mockConnectLink).toHaveBeenCalledWith({
            loginUrl: 'https://test.salesforce.com',
            clientId: '3MVG9_consumer_key',
            clientSecret: null
        });
        expect(open).toHaveBeenCalledWith(
            connectLink.url,
            '_blank',
            'noopener'
        );
        expect(find(element, '.connect-link a').getAttribute('href')).toBe(
            connectLink.url
        );
        open.mockRestore();
    });

    it('when the consumer key is blank, then nothing is sent and the form says why', async () => {
        const element = await mount();

        find(element, '.connect-salesforce').click();
        await flush();

        expect(mockConnectLink).not.toHaveBeenCalled();
        expect(find(element, 'c-error-panel').errors?.[0]?.code).toBe(
            'missing_input'
        );
    });

    it('when a Trustworthy key is saved, then it is sent, cleared and the state reloads', async () => {
        mockConnectTrustworthy.mockResolvedValue(trustworthyConnected);
        const element = await mount();
        mockGetConnections.mockResolvedValue({
            ...connections,
            trustworthy: trustworthyConnected
        });

        type(element, 'baseUrl', 'https://vault.example.test');
        type(element, 'apiKey', 'tw_live_secret');
        find(element, '.connect-trustworthy').click();
        await flush();
        await flush();

        expect(mockConnectTrustworthy).toHaveBeenCalledWith({
            baseUrl: 'https://vault.example.test',
            apiKey: 'tw_live_secret'
        });
        expect(find(element, '[data-field="apiKey"]').value).toBe('');
        expect(find(element, '.trustworthy-state lightning-badge').label).toBe(
            'Connected'
        );
    });

    it('when the test finds a problem, then each diagnosis shows its message, action and code', async () => {
        mockTest.mockResolvedValue(connectionTest);
        const element = await mount();

        find(element, '.test-connection').click();
        await flush();

        const results =
            element.shadowRoot?.querySelectorAll('.test-result') ?? [];
        expect(results).toHaveLength(2);
        const diagnosis = find(element, '.diagnosis');
        const expected = connectionTest.trustworthy.diagnoses[0];
        expect(diagnosis.textContent).toContain(expected?.message);
        expect(diagnosis.textContent).toContain(expected?.action);
        expect(diagnosis.textContent).toContain('trustworthy_key_invalid');
        await expect(element).toBeAccessible();
    });
});
