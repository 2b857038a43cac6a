import { createElement } from 'lwc';
import RecordSyncStatus from 'c/recordSyncStatus';
import getRecordStatus from '@salesforce/apex/TrustworthyRecordStatusController.getRecordStatus';
import syncNow from '@salesforce/apex/TrustworthyRecordStatusController.syncNow';
import getRun from '@salesforce/apex/TrustworthySetupController.getRun';
import synced from './data/record-status-synced.json';
import failed from './data/record-status-failed.json';
import held from './data/record-status-held.json';
import runStarted from './data/run-started.json';
import runCompleted from './data/run-detail-completed.json';

jest.mock(
    '@salesforce/apex/TrustworthyRecordStatusController.getRecordStatus',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthyRecordStatusController.syncNow',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.getRun',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockGetRecordStatus = getRecordStatus as jest.MockedFunction<
    typeof getRecordStatus
>;
const mockSyncNow = syncNow as jest.MockedFunction<typeof syncNow>;
const mockGetRun = getRun as jest.MockedFunction<typeof getRun>;

const RECORD_ID = '003000000000001AAA';
const POLL_INTERVAL_MS = 2000;

// What an AuraHandledException from TrustworthyAuraErrors looks like in the browser.
function apexFailure(code: string, message: string, status: number) {
    return {
        status: 500,
        body: {
            message: JSON.stringify({
                code,
                message,
                companionMessage: `companion said ${code}`,
                details: [],
                status
            })
        }
    };
}

function running() {
    return { ...runCompleted, run: { ...runCompleted.run, status: 'running' } };
}

// Base-component stubs expose their public properties on the element.
type Rendered = HTMLElement & {
    label?: string;
    alternativeText?: string;
    disabled?: boolean;
    errors?: Array<{ code: string }>;
};

function mount(mappingName?: string): HTMLElement {
    const element = createElement('c-record-sync-status', {
        is: RecordSyncStatus
    });
    Object.assign(element, {
        recordId: RECORD_ID,
        objectApiName: 'Contact',
        ...(mappingName ? { mappingName } : {})
    });
    document.body.appendChild(element);
    return element;
}

function first(element: HTMLElement, selector: string): Rendered | null {
    return shadow(element).querySelector<Rendered>(selector);
}

function shadow(element: HTMLElement): ShadowRoot {
    if (!element.shadowRoot) {
        throw new Error('the component rendered no shadow root');
    }
    return element.shadowRoot;
}

function find(element: HTMLElement, dataId: string): Rendered | null {
    return first(element, `[data-id="${dataId}"]`);
}

async function settle(): Promise<void> {
    for (let turn = 0; turn < 5; turn++) {
        await Promise.resolve();
    }
}

describe('c-record-sync-status', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('when the status is loading, then a spinner names what it waits for', async () => {
        mockGetRecordStatus.mockReturnValue(new Promise(() => undefined));

        const element = mount();
        await settle();

        const spinner = first(element, 'lightning-spinner');
        expect(spinner?.alternativeText).toBe('Loading the sync status');
        await expect(element).toBeAccessible();
    });

    it('when the record synced, then the badge, direction, reference and history show', async () => {
        mockGetRecordStatus.mockResolvedValue({
            status: synced,
            canSyncNow: false
        });

        const element = mount();
        await settle();

        expect(mockGetRecordStatus).toHaveBeenCalledWith({
            recordId: RECORD_ID
        });
        const badge = first(element, 'lightning-badge');
        expect(badge?.label).toBe('Synced');
        expect(badge?.classList.contains('slds-theme_success')).toBe(true);
        expect(find(element, 'direction')?.textContent).toContain(
            'Salesforce → Trustworthy'
        );
        expect(find(element, 'reference')?.textContent).toContain('mem_8f2k1q');
        const history = find(element, 'history')?.querySelectorAll('li');
        expect(history).toHaveLength(2);
        expect(history?.[0]?.textContent).toContain('Updated');
        expect(history?.[0]?.textContent).toContain('email, phone');
        expect(find(element, 'sync-now')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('when the last write failed, then the error shows in plain words with its code and the pending retry', async () => {
        mockGetRecordStatus.mockResolvedValue({
            status: failed,
            canSyncNow: false
        });

        const element = mount();
        await settle();

        expect(first(element, 'lightning-badge')?.label).toBe('Failed');
        const error = find(element, 'record-error');
        expect(error?.textContent).toContain('could not lock the record');
        expect(error?.textContent).toContain('UNABLE_TO_LOCK_ROW');
        expect(find(element, 'pending-retry')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('when the record is held, then the badge says so and the held kind is listed', async () => {
        mockGetRecordStatus.mockResolvedValue({
            status: held,
            canSyncNow: false
        });

        const element = mount();
        await settle();

        expect(first(element, 'lightning-badge')?.label).toBe(
            'Held for review'
        );
        expect(find(element, 'held')?.textContent).toContain('Conflict');
        expect(find(element, 'no-history')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('when the companion has never synced the record, then it reads "Not synced" rather than an error', async () => {
        mockGetRecordStatus.mockRejectedValue(
            apexFailure('not_found', 'The companion has no such item.', 404)
        );

        const element = mount();
        await settle();

        expect(first(element, 'lightning-badge')?.label).toBe('Not synced');
        expect(find(element, 'never-synced')).not.toBeNull();
        expect(first(element, 'c-error-panel')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('when the status cannot be loaded, then the error panel shows the reason', async () => {
        mockGetRecordStatus.mockRejectedValue(
            apexFailure(
                'companion_unreachable',
                'Salesforce could not reach the Trustworthy companion.',
                503
            )
        );

        const element = mount();
        await settle();

        const panel = first(element, 'c-error-panel');
        expect(panel).not.toBeNull();
        expect(panel?.errors?.[0]?.code).toBe('companion_unreachable');
        expect(first(element, 'lightning-badge')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('when the user may sync but no mapping is set, then Sync now is not offered and the hint says why', async () => {
        mockGetRecordStatus.mockResolvedValue({
            status: synced,
            canSyncNow: true
        });

        const element = mount();
        await settle();

        expect(find(element, 'sync-now')).toBeNull();
        expect(find(element, 'needs-mapping')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('when Sync now is pressed, then the button is disabled and an accessible progress message shows', async () => {
        mockGetRecordStatus.mockResolvedValue({
            status: synced,
            canSyncNow: true
        });
        mockSyncNow.mockReturnValue(new Promise(() => undefined));

        const element = mount('contacts-members');
        await settle();
        find(element, 'sync-now')?.click();
        await settle();

        expect(find(element, 'sync-now')?.disabled).toBe(true);
        const progress = find(element, 'syncing');
        expect(progress?.textContent).toContain('Syncing this record');
        expect(
            progress?.querySelector<Rendered>('lightning-spinner')
                ?.alternativeText
        ).toBe('Syncing this record');
        await expect(element).toBeAccessible();
    });

    it('when Sync now is pressed, then progress shows, the run is followed to its end, a toast announces it and the status reloads', async () => {
        jest.useFakeTimers();
        mockGetRecordStatus
            .mockResolvedValueOnce({ status: failed, canSyncNow: true })
            .mockResolvedValueOnce({ status: synced, canSyncNow: true });
        mockSyncNow.mockResolvedValue(runStarted);
        mockGetRun
            .mockResolvedValueOnce(running())
            .mockResolvedValueOnce(runCompleted);
        const toasts: unknown[] = [];

        const element = mount('contacts-members');
        element.addEventListener('lightning__showtoast', (event) =>
            toasts.push((event as CustomEvent).detail)
        );
        await jest.advanceTimersByTimeAsync(0);
        find(element, 'sync-now')?.click();
        await jest.advanceTimersByTimeAsync(0);

        expect(mockSyncNow).toHaveBeenCalledWith({
            recordId: RECORD_ID,
            mappingName: 'contacts-members'
        });
        expect(find(element, 'syncing')).not.toBeNull();

        await jest.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 2);

        expect(mockGetRun).toHaveBeenCalledWith({
            runId: runStarted.runId,
            pageSize: 1,
            pageStart: 0
        });
        expect(toasts).toEqual([
            expect.objectContaining({
                title: 'Record synced',
                variant: 'success'
            })
        ]);
        expect(find(element, 'syncing')).toBeNull();
        expect(first(element, 'lightning-badge')?.label).toBe('Synced');
    });

    it('when Sync now is refused, then an error toast and the error panel say why', async () => {
        mockGetRecordStatus.mockResolvedValue({
            status: synced,
            canSyncNow: true
        });
        mockSyncNow.mockRejectedValue(
            apexFailure(
                'run_in_progress',
                'A run of this mapping is already in progress.',
                409
            )
        );
        const toasts: Array<{ variant?: string }> = [];

        const element = mount('contacts-members');
        element.addEventListener('lightning__showtoast', (event) =>
            toasts.push((event as CustomEvent).detail)
        );
        await settle();
        find(element, 'sync-now')?.click();
        await settle();

        expect(toasts[0]?.variant).toBe('error');
        const panel = first(element, 'c-error-panel');
        expect(panel?.errors?.[0]?.code).toBe('run_in_progress');
        expect(find(element, 'sync-now')?.disabled).toBe(false);
        await expect(element).toBeAccessible();
    });
});
