import { createElement } from 'lwc';
import RollbackConfirm from 'c/rollbackConfirm';
import previewRollback from '@salesforce/apex/TrustworthySetupController.previewRollback';
import rollbackRun from '@salesforce/apex/TrustworthySetupController.rollbackRun';
import preview from './data/rollback-preview.json';
import previewNothing from './data/rollback-preview-nothing.json';
import done from './data/rollback-done.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.previewRollback',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.rollbackRun',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockPreview = previewRollback as jest.MockedFunction<
    typeof previewRollback
>;
const mockRollback = rollbackRun as jest.MockedFunction<typeof rollbackRun>;

const RUN_ID = preview.sourceRunId;

// Base-component stubs expose their public properties on the element.
type Rendered = HTMLElement & {
    alternativeText?: string;
    disabled?: boolean;
    label?: string;
    errors?: Array<{ code: string }>;
};

function mount(): HTMLElement {
    const element = createElement('c-rollback-confirm', {
        is: RollbackConfirm
    });
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

function text(element: HTMLElement, dataId: string): string {
    return first(element, `[data-id="${dataId}"]`)?.textContent ?? '';
}

async function settle(): Promise<void> {
    for (let turn = 0; turn < 5; turn++) {
        await Promise.resolve();
    }
}

describe('c-rollback-confirm', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('when the preview is being worked out, then a spinner says so and nothing can be confirmed', async () => {
        mockPreview.mockReturnValue(new Promise(() => undefined));

        const element = mount();
        await settle();

        expect(first(element, 'lightning-spinner')?.alternativeText).toBe(
            'Working out what a rollback would change'
        );
        expect(first(element, '[data-id="confirm"]')?.disabled).toBe(true);
        expect(mockRollback).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('when the preview arrives, then it lists what will be restored, deleted and skipped before anything changes', async () => {
        mockPreview.mockResolvedValue(preview);

        const element = mount();
        await settle();

        expect(mockPreview).toHaveBeenCalledWith({ runId: RUN_ID });
        expect(text(element, 'summary')).toContain(
            '1 to restore, 1 to delete, 1 skipped'
        );
        expect(text(element, 'restores')).toContain(
            'Phone: 555-0199 → 555-0100'
        );
        expect(text(element, 'deletions')).toContain('mem_8f2k1q');
        expect(text(element, 'skips')).toContain(
            'changed since the run (Title)'
        );
        expect(first(element, '[data-id="confirm"]')?.disabled).toBe(false);
        expect(mockRollback).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('when the rollback would change nothing, then Roll back stays off', async () => {
        mockPreview.mockResolvedValue(previewNothing);

        const element = mount();
        await settle();

        expect(first(element, '[data-id="confirm"]')?.disabled).toBe(true);
        expect(first(element, '[data-id="restores"]')).toBeNull();
    });

    it('when confirmed, then the rollback runs and its outcome, failures included, is shown and announced', async () => {
        mockPreview.mockResolvedValue(preview);
        mockRollback.mockResolvedValue(done);
        const toasts: Array<{ variant?: string }> = [];
        const rolledBack: unknown[] = [];

        const element = mount();
        element.addEventListener('lightning__showtoast', (event) =>
            toasts.push((event as CustomEvent).detail)
        );
        element.addEventListener('rolledback', (event) =>
            rolledBack.push((event as CustomEvent).detail)
        );
        await settle();
        first(element, '[data-id="confirm"]')?.click();
        await settle();

        expect(mockRollback).toHaveBeenCalledWith({ runId: RUN_ID });
        expect(text(element, 'summary')).toContain(
            '0 restored, 1 deleted, 1 skipped, 1 failed'
        );
        expect(text(element, 'restores')).toContain(
            'Failed · UNABLE_TO_LOCK_ROW'
        );
        expect(first(element, '[data-id="confirm"]')).toBeNull();
        expect(first(element, '[data-id="cancel"]')?.label).toBe('Close');
        expect(toasts[0]?.variant).toBe('warning');
        expect(rolledBack).toEqual([{ rollbackRunId: done.rollbackRunId }]);
        await expect(element).toBeAccessible();
    });

    it('when the rollback is refused, then the error shows and the admin can try again', async () => {
        mockPreview.mockResolvedValue(preview);
        mockRollback.mockRejectedValue({
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
        first(element, '[data-id="confirm"]')?.click();
        await settle();

        expect(first(element, 'c-error-panel')?.errors?.[0]?.code).toBe(
            'run_in_progress'
        );
        expect(first(element, '[data-id="confirm"]')?.disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('when cancelled with the button or Escape, then it asks to close without rolling back', async () => {
        mockPreview.mockResolvedValue(preview);
        const closes: unknown[] = [];

        const element = mount();
        element.addEventListener('close', () => closes.push('close'));
        await settle();
        first(element, '[data-id="cancel"]')?.click();
        first(element, 'section')?.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Escape' })
        );

        expect(closes).toHaveLength(2);
        expect(mockRollback).not.toHaveBeenCalled();
    });
});
