import { createElement } from 'lwc';
import HeldConflicts from 'c/heldConflicts';
import listConflicts from '@salesforce/apex/TrustworthySetupController.listConflicts';
import resolveConflict from '@salesforce/apex/TrustworthySetupController.resolveConflict';
import conflicts from '../../../../../test/fixtures/companion/conflicts.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.listConflicts',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.resolveConflict',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockList = listConflicts as jest.MockedFunction<typeof listConflicts>;
const mockResolve = resolveConflict as jest.MockedFunction<
    typeof resolveConflict
>;

type Rendered = HTMLElement & {
    label?: string;
    alternativeText?: string;
    errors?: Array<{ code: string }>;
};

function mount(): HTMLElement {
    const element = createElement('c-held-conflicts', { is: HeldConflicts });
    document.body.appendChild(element);
    return element;
}

function all(element: HTMLElement, selector: string): Rendered[] {
    return Array.from(
        element.shadowRoot?.querySelectorAll<Rendered>(selector) ?? []
    );
}

async function settle(): Promise<void> {
    for (let turn = 0; turn < 6; turn++) await Promise.resolve();
}

describe('c-held-conflicts', () => {
    afterEach(() => {
        while (document.body.firstChild)
            document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('when the held records are loading, then a spinner says so', async () => {
        mockList.mockReturnValue(new Promise(() => undefined));
        const element = mount();
        await settle();

        expect(all(element, 'lightning-spinner')[0]?.alternativeText).toBe(
            'Loading the held records'
        );
        await expect(element).toBeAccessible();
    });

    it('when a conflict is held, then both values of each field are shown with a choice of side', async () => {
        mockList.mockResolvedValue(conflicts);
        const element = mount();
        await settle();

        const cells = all(element, 'td').map((cell) => cell.textContent);
        expect(cells).toEqual(['Salesforce title', 'Trustworthy title']);
        expect(
            all(element, 'lightning-button').map((button) => button.label)
        ).toEqual([
            'Keep the Salesforce values',
            'Keep the Trustworthy values'
        ]);
        await expect(element).toBeAccessible();
    });

    it('when the admin keeps the Trustworthy values, then that resolution is sent and the list reloads', async () => {
        mockList
            .mockResolvedValueOnce(conflicts)
            .mockResolvedValueOnce({ held: [] });
        mockResolve.mockResolvedValue({
            heldId: conflicts.held[0]?.id,
            status: 'resolved',
            runId: 'r1',
            runStatus: 'completed'
        });
        const element = mount();
        await settle();

        all(element, 'lightning-button')[1]?.click();
        await settle();

        expect(mockResolve).toHaveBeenCalledWith({
            conflictId: conflicts.held[0]?.id,
            resolutionJson: JSON.stringify({ choose: 'trustworthy' })
        });
        expect(mockList).toHaveBeenCalledTimes(2);
        expect(all(element, '[data-id="empty"]')).toHaveLength(1);
        await expect(element).toBeAccessible();
    });

    it('when the companion cannot be reached, then the shared error panel explains it', async () => {
        mockList.mockRejectedValue({
            body: {
                message: JSON.stringify({
                    code: 'companion_unreachable',
                    message: 'The companion did not answer.'
                })
            },
            status: 500
        });
        const element = mount();
        await settle();

        const panel = all(element, 'c-error-panel')[0];
        expect(panel?.errors?.[0]?.code).toBe('companion_unreachable');
        await expect(element).toBeAccessible();
    });
});
