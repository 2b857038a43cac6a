import { createElement } from 'lwc';
import TrustworthySyncSetup from 'c/trustworthySyncSetup';
import listMappings from '@salesforce/apex/TrustworthySetupController.listMappings';
import mappingsList from '../../goLiveControls/__tests__/data/mappings-list.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.listMappings',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

// The tab's children are tested on their own; here they are stand-ins so the
// test looks only at what the container passes them.
jest.mock('c/connectionStatus', () => jest.requireActual('./stubs/emptyStub'));
jest.mock('c/objectPairing', () => jest.requireActual('./stubs/mappingStub'));
jest.mock('c/dryRunPreview', () => jest.requireActual('./stubs/mappingStub'));
jest.mock('c/scheduleEditor', () => jest.requireActual('./stubs/mappingStub'));
jest.mock('c/goLiveControls', () => jest.requireActual('./stubs/mappingStub'));
jest.mock('c/trustworthyRuns', () => jest.requireActual('./stubs/mappingStub'));
jest.mock('c/heldConflicts', () => jest.requireActual('./stubs/emptyStub'));

const mockListMappings = listMappings as jest.Mock;

type Rendered = HTMLElement & {
    label?: string;
    value?: string;
    mappingName?: string;
    options?: { value: string }[];
    errors?: { code: string }[];
};

async function flush(): Promise<void> {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-trustworthy-sync-setup', {
        is: TrustworthySyncSetup
    });
    document.body.appendChild(element);
    await flush();
    return element;
}

function all(element: HTMLElement, selector: string): Rendered[] {
    return Array.from(
        element.shadowRoot?.querySelectorAll<Rendered>(selector) ?? []
    );
}

function find(element: HTMLElement, selector: string): Rendered {
    const found = all(element, selector)[0];
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
}

describe('c-trustworthy-sync-setup', () => {
    afterEach(() => {
        while (document.body.firstChild)
            document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('when it opens, then the five tabs show and the first mapping is chosen for each', async () => {
        mockListMappings.mockResolvedValue(mappingsList);
        const element = await mount();

        expect(all(element, 'lightning-tab').map((tab) => tab.label)).toEqual([
            'Connections',
            'Mapping',
            'Schedule & go-live',
            'Runs',
            'Held for review'
        ]);
        for (const selector of [
            'c-object-pairing',
            'c-dry-run-preview',
            'c-schedule-editor',
            'c-go-live-controls',
            'c-trustworthy-runs'
        ]) {
            expect(find(element, selector).mappingName).toBe('demo');
        }
        await expect(element).toBeAccessible();
    });

    it('when there is no mapping yet, then the editor starts a new one and schedule waits', async () => {
        mockListMappings.mockResolvedValue({ mappings: [] });
        const element = await mount();

        expect(find(element, 'c-object-pairing').mappingName).toBe('');
        expect(all(element, 'c-schedule-editor')).toHaveLength(0);
        expect(find(element, '.empty-state').textContent).toContain(
            'Save a mapping first'
        );
        await expect(element).toBeAccessible();
    });

    it('when a new mapping is saved, then the list reloads and the new one is chosen', async () => {
        mockListMappings.mockResolvedValue({ mappings: [] });
        const element = await mount();
        const saved = {
            ...mappingsList.mappings[0],
            name: 'members',
            latestVersion: 1
        };
        mockListMappings.mockResolvedValue({
            mappings: [...mappingsList.mappings, saved]
        });

        find(element, 'c-object-pairing').dispatchEvent(
            new CustomEvent('mappingsaved', {
                detail: { name: 'members', version: 1 }
            })
        );
        await flush();

        expect(mockListMappings).toHaveBeenCalledTimes(2);
        expect(find(element, '.mapping-choice').value).toBe('members');
        expect(find(element, 'c-schedule-editor').mappingName).toBe('members');
    });

    it('when the mappings cannot be listed, then the error panel says so', async () => {
        const failure = {
            code: 'salesforce_not_connected',
            message: 'Connect Salesforce first.',
            details: [],
            status: 409
        };
        mockListMappings.mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify(failure) }
        });
        const element = await mount();

        expect(find(element, 'c-error-panel').errors?.[0]?.code).toBe(
            'salesforce_not_connected'
        );
        await expect(element).toBeAccessible();
    });
});
