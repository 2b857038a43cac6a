import { createElement } from 'lwc';
import TrustworthyRuns from 'c/trustworthyRuns';
import listRuns from '@salesforce/apex/TrustworthySetupController.listRuns';
import getRun from '@salesforce/apex/TrustworthySetupController.getRun';
import runsList from './data/runs-list.json';
import runDetail from '../../runDetail/__tests__/data/run-detail.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.listRuns',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.getRun',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockListRuns = listRuns as jest.MockedFunction<typeof listRuns>;
const mockGetRun = getRun as jest.MockedFunction<typeof getRun>;

// Base-component stubs expose their public properties on the element.
type Rendered = HTMLElement & {
    alternativeText?: string;
    disabled?: boolean;
    data?: Array<Record<string, unknown>>;
    runId?: string;
    errors?: Array<{ code: string }>;
};

function mount(): HTMLElement {
    const element = createElement('c-trustworthy-runs', {
        is: TrustworthyRuns
    });
    document.body.appendChild(element);
    return element;
}

function first(element: HTMLElement, selector: string): Rendered | null {
    if (!element.shadowRoot) {
        throw new Error('the component rendered no shadow root');
    }
    return element.shadowRoot.querySelector<Rendered>(selector);
}

async function settle(): Promise<void> {
    for (let turn = 0; turn < 5; turn++) {
        await Promise.resolve();
    }
}

describe('c-trustworthy-runs', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('when the runs are loading, then a spinner names what it waits for', async () => {
        mockListRuns.mockReturnValue(new Promise(() => undefined));

        const element = mount();
        await settle();

        expect(first(element, 'lightning-spinner')?.alternativeText).toBe(
            'Loading the runs'
        );
        await expect(element).toBeAccessible();
    });

    it('when runs exist, then each shows its start, trigger, status, counts and API calls', async () => {
        mockListRuns.mockResolvedValue(runsList);

        const element = mount();
        await settle();

        expect(mockListRuns).toHaveBeenCalledWith({
            mappingName: null,
            pageSize: 20,
            pageStart: 0
        });
        const rows = first(element, 'lightning-datatable')?.data;
        expect(rows).toHaveLength(2);
        expect(rows?.[0]).toMatchObject({
            status: 'Running',
            trigger: 'Started by an admin',
            created: null,
            apiCalls: '—'
        });
        expect(rows?.[1]).toMatchObject({
            status: 'Completed with errors',
            trigger: 'Schedule',
            created: 2,
            updated: 1,
            failed: 1,
            held: 1,
            apiCalls: 'Salesforce 6 · Trustworthy 4'
        });
        expect(first(element, '[data-id="next"]')?.disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('when there are no runs, then the empty state says how to start one', async () => {
        mockListRuns.mockResolvedValue({
            runs: [],
            total: 0,
            limit: 20,
            offset: 0
        });

        const element = mount();
        await settle();

        expect(first(element, '[data-id="empty"]')).not.toBeNull();
        expect(first(element, 'lightning-datatable')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('when the runs cannot be loaded, then the error panel shows why', async () => {
        mockListRuns.mockRejectedValue({
            body: {
                message: JSON.stringify({
                    code: 'companion_unreachable',
                    message:
                        'Salesforce could not reach the Trustworthy companion.',
                    companionMessage: null,
                    details: [],
                    status: null
                })
            }
        });

        const element = mount();
        await settle();

        const panel = first(element, 'c-error-panel');
        expect(panel?.errors?.[0]?.code).toBe('companion_unreachable');
        expect(first(element, '[data-id="empty"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('when there are more runs than a page, then Next asks for the next page', async () => {
        mockListRuns.mockResolvedValue({ ...runsList, total: 45 });

        const element = mount();
        await settle();
        expect(first(element, '[data-id="page"]')?.textContent).toContain(
            'Runs 1–20 of 45'
        );
        first(element, '[data-id="next"]')?.click();
        await settle();

        expect(mockListRuns).toHaveBeenLastCalledWith({
            mappingName: null,
            pageSize: 20,
            pageStart: 20
        });
        expect(first(element, '[data-id="previous"]')?.disabled).toBe(false);
    });

    it('when a run is opened, then its changes show below and closing hides them', async () => {
        mockListRuns.mockResolvedValue(runsList);
        mockGetRun.mockResolvedValue(runDetail);

        const element = mount();
        await settle();
        first(element, 'lightning-datatable')?.dispatchEvent(
            new CustomEvent('rowaction', {
                detail: {
                    action: { name: 'open' },
                    row: { id: runDetail.run.id }
                }
            })
        );
        await settle();

        const detail = first(element, 'c-run-detail');
        expect(detail?.runId).toBe(runDetail.run.id);
        expect(mockGetRun).toHaveBeenCalledWith(
            expect.objectContaining({ runId: runDetail.run.id })
        );
        await expect(element).toBeAccessible();

        detail?.dispatchEvent(new CustomEvent('close'));
        await settle();
        expect(first(element, 'c-run-detail')).toBeNull();
    });

    it('when the opened run starts a retry, then the list reloads from its first page', async () => {
        mockListRuns.mockResolvedValue(runsList);
        mockGetRun.mockResolvedValue(runDetail);

        const element = mount();
        await settle();
        first(element, 'lightning-datatable')?.dispatchEvent(
            new CustomEvent('rowaction', {
                detail: {
                    action: { name: 'open' },
                    row: { id: runDetail.run.id }
                }
            })
        );
        await settle();
        first(element, 'c-run-detail')?.dispatchEvent(
            new CustomEvent('runstarted', { detail: { runId: 'new-run' } })
        );
        await settle();

        expect(mockListRuns).toHaveBeenCalledTimes(2);
    });
});
