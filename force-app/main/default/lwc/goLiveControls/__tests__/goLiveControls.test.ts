import { createElement } from 'lwc';
import GoLiveControls from 'c/goLiveControls';
import getGoLive from '@salesforce/apex/TrustworthySetupController.getGoLive';
import setGoLive from '@salesforce/apex/TrustworthySetupController.setGoLive';
import listMappings from '@salesforce/apex/TrustworthySetupController.listMappings';
import pauseMapping from '@salesforce/apex/TrustworthySetupController.pauseMapping';
import resumeMapping from '@salesforce/apex/TrustworthySetupController.resumeMapping';
import startRun from '@salesforce/apex/TrustworthySetupController.startRun';
import goLive from './data/go-live.json';
import mappingsList from './data/mappings-list.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.getGoLive',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.setGoLive',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.listMappings',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.pauseMapping',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.resumeMapping',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

jest.mock(
    '@salesforce/apex/TrustworthySetupController.startRun',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockSetGoLive = setGoLive as jest.Mock;
const mockStartRun = startRun as jest.Mock;
const mockPause = pauseMapping as jest.Mock;
const mockResume = resumeMapping as jest.Mock;

type Rendered = HTMLElement & {
    disabled?: boolean;
    value?: string;
    label?: string;
    errors?: { code: string }[];
};

async function flush(): Promise<void> {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-go-live-controls', { is: GoLiveControls });
    Object.assign(element, { mappingName: 'demo' });
    document.body.appendChild(element);
    await flush();
    return element;
}

function find(element: HTMLElement, selector: string): Rendered {
    const found = element.shadowRoot?.querySelector<Rendered>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
}

async function change(element: HTMLElement, selector: string, value: string) {
    find(element, selector).dispatchEvent(
        new CustomEvent('change', { detail: { value } })
    );
    await flush();
}

describe('c-go-live-controls', () => {
    beforeEach(() => {
        (getGoLive as jest.Mock).mockResolvedValue(goLive);
        (listMappings as jest.Mock).mockResolvedValue(mappingsList);
    });

    afterEach(() => {
        while (document.body.firstChild)
            document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('when settings load, then the cap, the pilot and the live state show', async () => {
        const element = await mount();

        expect(find(element, '.record-cap').value).toBe('50');
        expect(find(element, '.pilot-ids').value).toBe(
            '003000000000001AAA\n003000000000002AAA'
        );
        expect(find(element, '.sync-state lightning-badge').label).toBe('Live');
        expect(find(element, '.toggle-pause').label).toBe('Pause sync');
        await expect(element).toBeAccessible();
    });

    it('when a cap and a where-filter are saved, then both are sent', async () => {
        mockSetGoLive.mockResolvedValue({ ...goLive, recordCap: 10 });
        const element = await mount();

        await change(element, '.record-cap', '10');
        await change(element, '.pilot-ids', '');
        await change(element, '.pilot-field', 'Trustworthy_Sync_Status__c');
        await change(element, '.pilot-equals', 'Pending');
        find(element, '.save-go-live').click();
        await flush();

        const [params] = mockSetGoLive.mock.calls[0] as [
            { mappingName: string; recordCap: number; pilotJson: string }
        ];
        expect(params.recordCap).toBe(10);
        expect(JSON.parse(params.pilotJson)).toEqual({
            where: {
                side: 'salesforce',
                field: 'Trustworthy_Sync_Status__c',
                equals: 'Pending'
            }
        });
        expect(find(element, '.saved-note').textContent).toContain('saved');
    });

    it('when the cap and pilot are cleared, then no cap and no pilot are sent', async () => {
        mockSetGoLive.mockResolvedValue({
            ...goLive,
            recordCap: null,
            pilot: null
        });
        const element = await mount();

        await change(element, '.record-cap', '');
        await change(element, '.pilot-ids', '');
        find(element, '.save-go-live').click();
        await flush();

        expect(mockSetGoLive).toHaveBeenCalledWith({
            mappingName: 'demo',
            recordCap: null,
            pilotJson: null
        });
    });

    it('when the cap is not a whole number, then nothing is sent and the reason shows', async () => {
        const element = await mount();

        await change(element, '.record-cap', '2.5');
        find(element, '.save-go-live').click();
        await flush();

        expect(mockSetGoLive).not.toHaveBeenCalled();
        expect(find(element, 'c-error-panel').errors?.[0]?.code).toBe(
            'invalid_record_cap'
        );
        await expect(element).toBeAccessible();
    });

    it('when a run is started by hand, then it is sent without limits of its own and its id shows', async () => {
        mockStartRun.mockResolvedValue({ runId: 'run-42', status: 'running' });
        const element = await mount();

        find(element, '.start-run').click();
        await flush();

        expect(mockStartRun).toHaveBeenCalledWith({
            mappingName: 'demo',
            recordCap: null,
            pilotJson: null
        });
        expect(find(element, '.saved-note').textContent).toContain('run-42');
        await expect(element).toBeAccessible();
    });

    it('when paused and then resumed, then the state says so each time', async () => {
        mockPause.mockResolvedValue({
            mappingName: 'demo',
            paused: true,
            running: true
        });
        mockResume.mockResolvedValue({
            mappingName: 'demo',
            paused: false,
            running: false
        });
        const element = await mount();

        find(element, '.toggle-pause').click();
        await flush();
        expect(mockPause).toHaveBeenCalledWith({ mappingName: 'demo' });
        expect(find(element, '.sync-state lightning-badge').label).toBe(
            'Paused'
        );
        expect(find(element, '.state-text').textContent).toContain(
            'current batch'
        );
        expect(find(element, '.start-run').disabled).toBe(true);

        find(element, '.toggle-pause').click();
        await flush();
        expect(mockResume).toHaveBeenCalledWith({ mappingName: 'demo' });
        expect(find(element, '.sync-state lightning-badge').label).toBe('Live');
        await expect(element).toBeAccessible();
    });
});
