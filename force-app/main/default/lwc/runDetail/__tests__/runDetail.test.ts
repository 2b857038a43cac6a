import { createElement } from 'lwc';
import RunDetail from 'c/runDetail';
import getRun from '@salesforce/apex/TrustworthySetupController.getRun';
import retryRun from '@salesforce/apex/TrustworthySetupController.retryRun';
import previewRollback from '@salesforce/apex/TrustworthySetupController.previewRollback';
import runDetail from './data/run-detail.json';
import retryStarted from './data/retry-started.json';
import rollbackPreview from '../../rollbackConfirm/__tests__/data/rollback-preview.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.getRun',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.retryRun',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.previewRollback',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockGetRun = getRun as jest.MockedFunction<typeof getRun>;
const mockRetryRun = retryRun as jest.MockedFunction<typeof retryRun>;
const mockPreviewRollback = previewRollback as jest.MockedFunction<
    typeof previewRollback
>;

const RUN_ID = runDetail.run.id;

// Base-component stubs expose their public properties on the element.
type Rendered = HTMLElement & {
    alternativeText?: string;
    disabled?: boolean;
    data?: Array<Record<string, unknown>>;
    runId?: string;
    errors?: Array<{ code: string }>;
};

function mount(): HTMLElement {
    const element = createElement('c-run-detail', { is: RunDetail });
    Object.assign(element, { runId: RUN_ID });
    document.body.appendChild(element);
    return element;
}

function first(element: HTMLElement, selector: string): Rendered | null {
    if (!element.shadowRoot) {
        throw new Error('the component rendered no shadow root');
    }
    return element.shadowRoot.querySelector<Rendered>(selector);
}

function button(element: HTMLElement, dataId: string): Rendered | null {
    return first(element, `[data-id="${dataId}"]`);
}

async function settle(): Promise<void> {
    for (let turn = 0; turn < 5; turn++) {
        await Promise.resolve();
    }
}

function selectRows(element: HTMLElement, ids: number[]): void {
    const table = first(element, 'lightning-datatable');
    const rows = (table?.data ?? []).filter((row) =>
        ids.includes(row.id as number)
    );
    table?.dispatchEvent(
        new CustomEvent('rowselection', { detail: { selectedRows: rows } })
    );
}

describe('c-run-detail', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('when the run is loading, then a spinner names what it waits for', async () => {
        mockGetRun.mockReturnValue(new Promise(() => undefined));

        const element = mount();
        await settle();

        expect(first(element, 'lightning-spinner')?.alternativeText).toBe(
            "Loading the run's changes"
        );
        await expect(element).toBeAccessible();
    });

    it('when the run loads, then its status, totals and per-record changes show', async () => {
        mockGetRun.mockResolvedValue(runDetail);

        const element = mount();
        await settle();

        expect(mockGetRun).toHaveBeenCalledWith({
            runId: RUN_ID,
            pageSize: 50,
            pageStart: 0
        });
        expect(first(element, '[data-id="status"]')?.textContent).toContain(
            'Completed with errors'
        );
        expect(first(element, '[data-id="totals"]')?.textContent).toContain(
            '2 created, 1 updated'
        );
        const rows = first(element, 'lightning-datatable')?.data;
        expect(rows).toHaveLength(4);
        expect(rows?.[1]).toMatchObject({
            action: 'Updated',
            target: 'Salesforce',
            fields: 'Phone'
        });
        expect(rows?.[2]).toMatchObject({
            action: 'Failed',
            error: 'UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record'
        });
        expect(button(element, 'retry-all')?.disabled).toBe(false);
        expect(button(element, 'retry-selected')?.disabled).toBe(true);
        expect(button(element, 'roll-back')?.disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('when the run changed nothing, then the empty state says so and retry is off', async () => {
        mockGetRun.mockResolvedValue({
            ...runDetail,
            run: {
                ...runDetail.run,
                status: 'completed',
                totals: { ...runDetail.run.totals, failed: 0 }
            },
            changes: [],
            total: 0
        });

        const element = mount();
        await settle();

        expect(first(element, '[data-id="no-changes"]')).not.toBeNull();
        expect(button(element, 'retry-all')?.disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('when the run was already rolled back, then Roll back is off and the run says so', async () => {
        mockGetRun.mockResolvedValue({
            ...runDetail,
            run: {
                ...runDetail.run,
                rolledBackBy: 'd4e6f8a0-2b3c-4d5e-9f1a-3b5c7d9e1f24'
            }
        });

        const element = mount();
        await settle();

        expect(button(element, 'roll-back')?.disabled).toBe(true);
        expect(first(element, '[data-id="rolled-back"]')).not.toBeNull();
    });

    it('when Retry failed is pressed, then all failed records are retried, a toast confirms and the new run is announced', async () => {
        mockGetRun.mockResolvedValue(runDetail);
        mockRetryRun.mockResolvedValue(retryStarted);
        const toasts: Array<{ title?: string }> = [];
        const started: unknown[] = [];

        const element = mount();
        element.addEventListener('lightning__showtoast', (event) =>
            toasts.push((event as CustomEvent).detail)
        );
        element.addEventListener('runstarted', (event) =>
            started.push((event as CustomEvent).detail)
        );
        await settle();
        button(element, 'retry-all')?.click();
        await settle();

        expect(mockRetryRun).toHaveBeenCalledWith({
            runId: RUN_ID,
            recordIds: []
        });
        expect(toasts[0]?.title).toBe('Retry started');
        expect(started).toEqual([{ runId: retryStarted.runId }]);
    });

    it('when failed rows are selected, then Retry selected sends only their ids', async () => {
        mockGetRun.mockResolvedValue(runDetail);
        mockRetryRun.mockResolvedValue(retryStarted);

        const element = mount();
        await settle();
        selectRows(element, [42, 43]);
        await settle();
        expect(button(element, 'retry-selected')?.disabled).toBe(false);
        button(element, 'retry-selected')?.click();
        await settle();

        expect(mockRetryRun).toHaveBeenCalledWith({
            runId: RUN_ID,
            recordIds: ['003000000000004AAA']
        });
    });

    it('when the retry is refused, then the error panel says why', async () => {
        mockGetRun.mockResolvedValue(runDetail);
        mockRetryRun.mockRejectedValue({
            body: {
                message: JSON.stringify({
                    code: 'run_in_progress',
                    message: 'A run of this mapping is already in progress.',
                    companionMessage: null,
                    details: [],
                    status: 409
                })
            }
        });

        const element = mount();
        await settle();
        button(element, 'retry-all')?.click();
        await settle();

        expect(first(element, 'c-error-panel')?.errors?.[0]?.code).toBe(
            'run_in_progress'
        );
        await expect(element).toBeAccessible();
    });

    it('when Roll back is pressed, then the confirmation opens for this run', async () => {
        mockGetRun.mockResolvedValue(runDetail);
        mockPreviewRollback.mockResolvedValue(rollbackPreview);

        const element = mount();
        await settle();
        button(element, 'roll-back')?.click();
        await settle();

        expect(first(element, 'c-rollback-confirm')?.runId).toBe(RUN_ID);
        expect(mockPreviewRollback).toHaveBeenCalledWith({ runId: RUN_ID });

        first(element, 'c-rollback-confirm')?.dispatchEvent(
            new CustomEvent('close')
        );
        await settle();
        expect(first(element, 'c-rollback-confirm')).toBeNull();
    });
});
