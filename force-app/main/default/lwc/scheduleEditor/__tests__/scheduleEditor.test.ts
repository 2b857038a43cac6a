import { createElement } from 'lwc';
import ScheduleEditor from 'c/scheduleEditor';
import getSchedule from '@salesforce/apex/TrustworthySetupController.getSchedule';
import setSchedule from '@salesforce/apex/TrustworthySetupController.setSchedule';
import schedule from './data/schedule.json';
import cronTooOften from './data/error-cron-too-often.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.getSchedule',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.setSchedule',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockGet = getSchedule as jest.Mock;
const mockSet = setSchedule as jest.Mock;

type Rendered = HTMLElement & {
    value?: string;
    errors?: { code: string; details: string[] }[];
};

async function flush(): Promise<void> {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
}

async function mount(): Promise<HTMLElement> {
    const element = createElement('c-schedule-editor', { is: ScheduleEditor });
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

function sentSchedule(): unknown {
    const [params] = mockSet.mock.calls[0] as [
        { mappingName: string; scheduleJson: string }
    ];
    expect(params.mappingName).toBe('demo');
    return JSON.parse(params.scheduleJson);
}

describe('c-schedule-editor', () => {
    beforeEach(() => mockGet.mockResolvedValue(schedule));

    afterEach(() => {
        while (document.body.firstChild)
            document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('when the stored schedule loads, then its kind, interval and next run show', async () => {
        const element = await mount();

        expect(find(element, '.kind').value).toBe('interval');
        expect(find(element, '.every-minutes').value).toBe('30');
        expect(find(element, '.next-run').textContent).toBe(schedule.nextDueAt);
        await expect(element).toBeAccessible();
    });

    it('when a daily schedule is saved, then time and time zone are sent', async () => {
        mockSet.mockResolvedValue({
            ...schedule,
            schedule: {
                kind: 'daily',
                time: '03:15',
                timezone: 'Europe/Berlin'
            }
        });
        const element = await mount();

        await change(element, '.kind', 'daily');
        await change(element, '.time', '03:15');
        await change(element, '.timezone', 'Europe/Berlin');
        find(element, '.save-schedule').click();
        await flush();

        expect(sentSchedule()).toEqual({
            kind: 'daily',
            time: '03:15',
            timezone: 'Europe/Berlin'
        });
        expect(find(element, '.saved-note').textContent).toContain(
            'Schedule saved.'
        );
        await expect(element).toBeAccessible();
    });

    it('when real time is chosen, then only the kind is sent', async () => {
        mockSet.mockResolvedValue({
            ...schedule,
            schedule: { kind: 'realtime' }
        });
        const element = await mount();

        await change(element, '.kind', 'realtime');
        find(element, '.save-schedule').click();
        await flush();

        expect(sentSchedule()).toEqual({ kind: 'realtime' });
    });

    it('when the companion refuses a cron expression, then its reason is shown', async () => {
        mockSet.mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify(cronTooOften) }
        });
        const element = await mount();

        await change(element, '.kind', 'cron');
        await change(element, '.expression', '* * * * *');
        find(element, '.save-schedule').click();
        await flush();

        expect(sentSchedule()).toMatchObject({
            kind: 'cron',
            expression: '* * * * *'
        });
        const [error] = find(element, 'c-error-panel').errors ?? [];
        expect(error?.code).toBe('validation_failed');
        expect(error?.details.join(' ')).toContain(
            'more often than every 5 minutes'
        );
        await expect(element).toBeAccessible();
    });
});
