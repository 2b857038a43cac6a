import { createElement } from 'lwc';
import DryRunPreview from 'c/dryRunPreview';
import dryRun from '@salesforce/apex/TrustworthySetupController.dryRun';
import dryRunReply from './data/dry-run.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.dryRun',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockDryRun = dryRun as jest.Mock;

type Rendered = HTMLElement & {
    disabled?: boolean;
    alternativeText?: string;
    errors?: { code: string }[];
};

async function flush(): Promise<void> {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

function mount(mappingName = 'demo'): HTMLElement {
    const element = createElement('c-dry-run-preview', { is: DryRunPreview });
    Object.assign(element, { mappingName });
    document.body.appendChild(element);
    return element;
}

function find(element: HTMLElement, selector: string): Rendered {
    const found = element.shadowRoot?.querySelector<Rendered>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
}

function texts(element: HTMLElement, selector: string): string[] {
    const found = element.shadowRoot?.querySelectorAll(selector) ?? [];
    return Array.from(found, (node) =>
        (node.textContent ?? '').replace(/\s+/g, ' ').trim()
    );
}

function cells(element: HTMLElement, rowSelector: string): string[][] {
    const rows = element.shadowRoot?.querySelectorAll(rowSelector) ?? [];
    return Array.from(rows, (row) =>
        Array.from(
            row.querySelectorAll('th, td'),
            (cell) => cell.textContent ?? ''
        )
    );
}

function setSampleSize(element: HTMLElement, value: string): void {
    find(element, '.sample-size').dispatchEvent(
        new CustomEvent('change', { detail: { value } })
    );
}

describe('c-dry-run-preview', () => {
    afterEach(() => {
        while (document.body.firstChild)
            document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('when no mapping is saved yet, then the dry run cannot start', async () => {
        const element = mount('');

        expect(find(element, '.run-dry-run').disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('when the dry run is under way, then a spinner says so', async () => {
        mockDryRun.mockReturnValue(new Promise(() => undefined));
        const element = mount();

        find(element, '.run-dry-run').click();
        await flush();

        expect(find(element, 'lightning-spinner').alternativeText).toBe(
            'Running the dry run'
        );
        expect(find(element, '.run-dry-run').disabled).toBe(true);
    });

    it('when it finishes, then each record shows its actions and every field before and after', async () => {
        mockDryRun.mockResolvedValue(dryRunReply);
        const element = mount();

        setSampleSize(element, '25');
        find(element, '.run-dry-run').click();
        await flush();

        expect(mockDryRun).toHaveBeenCalledWith({
            mappingName: 'demo',
            sampleSize: 25,
            salesforceIds: null
        });
        expect(
            element.shadowRoot?.querySelectorAll('.dry-run-record')
        ).toHaveLength(3);
        expect(texts(element, '.side-heading').slice(0, 2)).toEqual([
            'Salesforce: No change',
            'Trustworthy: Update'
        ]);
        expect(cells(element, '.change')).toEqual([
            ['phone', '+1 555 0100', '+1 555 0199'],
            ['title', '(blank)', 'CFO'],
            ['LastName', '(blank)', 'Okafor']
        ]);
        expect(texts(element, '.totals li')).toContain('Create: 1');
        expect(texts(element, '.totals li')).toContain('Conflict: 1');
        expect(texts(element, '.totals li')).toContain('Hold: 1');
        expect(find(element, '.totals-text').textContent).toBe(
            '4 unchanged, 1 warnings.'
        );
        await expect(element).toBeAccessible();
    });

    it('when records conflict or carry warnings, then both values and the warning are shown', async () => {
        mockDryRun.mockResolvedValue(dryRunReply);
        const element = mount();

        find(element, '.run-dry-run').click();
        await flush();

        expect(texts(element, '.conflicts li')).toEqual([
            'Email: Salesforce has a@example.test, Trustworthy has b@example.test'
        ]);
        expect(texts(element, '.notes li')).toEqual([
            'notes: cut to 255 characters (text_truncated)'
        ]);
    });

    it('when the sample finds nothing, then the empty state says so', async () => {
        mockDryRun.mockResolvedValue({ ...dryRunReply, records: [] });
        const element = mount();

        find(element, '.run-dry-run').click();
        await flush();

        expect(find(element, '.empty-state').textContent).toContain(
            'found nothing to sync'
        );
    });

    it('when the sample size is out of range, then nothing is sent and the reason shows', async () => {
        const element = mount();

        setSampleSize(element, '500');
        find(element, '.run-dry-run').click();
        await flush();

        expect(mockDryRun).not.toHaveBeenCalled();
        expect(find(element, 'c-error-panel').errors?.[0]?.code).toBe(
            'invalid_sample_size'
        );
        await expect(element).toBeAccessible();
    });

    it('when the mapping is paused, then the companion’s refusal is shown', async () => {
        const refusal = {
            code: 'mapping_paused',
            message: 'The mapping is paused.',
            details: [],
            status: 409
        };
        mockDryRun.mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify(refusal) }
        });
        const element = mount();

        find(element, '.run-dry-run').click();
        await flush();

        expect(find(element, 'c-error-panel').errors?.[0]?.code).toBe(
            'mapping_paused'
        );
    });
});
