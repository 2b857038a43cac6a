import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';
import type { SyncError } from 'c/syncErrors';

const RUN_IN_PROGRESS: SyncError = {
    code: 'run_in_progress',
    title: 'A run is already in progress',
    message:
        'A run of this mapping is already in progress. Wait for it to finish, then try again.',
    details: ['mapping contact-member already has run r-1 in progress']
};

const NOT_CONNECTED: SyncError = {
    code: 'salesforce_not_connected',
    title: 'Salesforce is not connected',
    message: 'The companion is not connected to this Salesforce org.',
    details: []
};

function renderPanel(properties: {
    errors?: unknown;
    friendlyMessage?: string;
}): HTMLElement {
    const element = createElement('c-error-panel', { is: ErrorPanel });
    Object.assign(element, properties);
    document.body.appendChild(element);
    return element;
}

function shadowOf(element: HTMLElement): ShadowRoot {
    if (!element.shadowRoot) {
        throw new Error('c-error-panel rendered without a shadow root');
    }
    return element.shadowRoot;
}

function textsOf(element: HTMLElement, selector: string): string[] {
    return Array.from(shadowOf(element).querySelectorAll(selector)).map(
        (node) => node.textContent?.trim() ?? ''
    );
}

describe('c-error-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('when there are no errors, then nothing is rendered', async () => {
        const element = renderPanel({ errors: [] });

        expect(shadowOf(element).querySelector('[role="alert"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('when there is one error, then its title heads an alert and its sentence follows', async () => {
        const element = renderPanel({ errors: [RUN_IN_PROGRESS] });

        expect(
            shadowOf(element).querySelector('[role="alert"]')
        ).not.toBeNull();
        expect(textsOf(element, '.heading')).toEqual([
            'A run is already in progress'
        ]);
        expect(textsOf(element, '.problem-title')).toEqual([]);
        expect(textsOf(element, '.problem-message')).toEqual([
            RUN_IN_PROGRESS.message
        ]);
        await expect(element).toBeAccessible();
    });

    it('when a friendly message is given, then it heads the panel and each error keeps its title', async () => {
        const element = renderPanel({
            errors: [RUN_IN_PROGRESS, NOT_CONNECTED],
            friendlyMessage: 'The run could not start'
        });

        expect(textsOf(element, '.heading')).toEqual([
            'The run could not start'
        ]);
        expect(textsOf(element, '.problem-title')).toEqual([
            'A run is already in progress',
            'Salesforce is not connected'
        ]);
        await expect(element).toBeAccessible();
    });

    it('when details exist, then they stay folded until the toggle is pressed, and fold again', async () => {
        const element = renderPanel({
            errors: [RUN_IN_PROGRESS, NOT_CONNECTED]
        });
        const shadow = shadowOf(element);

        const toggles = shadow.querySelectorAll('button.details-toggle');
        expect(toggles).toHaveLength(1);
        const toggle = toggles[0] as HTMLButtonElement;
        const details = shadow.querySelector('ul.details') as HTMLUListElement;
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(toggle.getAttribute('aria-controls')).toBe(details.id);
        expect(details.hidden).toBe(true);

        toggle.click();
        await Promise.resolve();
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(toggle.textContent?.trim()).toBe('Hide details');
        expect(details.hidden).toBe(false);
        expect(textsOf(element, 'ul.details li')).toEqual(
            RUN_IN_PROGRESS.details
        );
        await expect(element).toBeAccessible();

        toggle.click();
        await Promise.resolve();
        expect(details.hidden).toBe(true);
        expect(toggle.textContent?.trim()).toBe('Show details');
    });

    it('when given a raw Apex error instead of reduced ones, then it normalises it itself', async () => {
        const element = renderPanel({
            errors: {
                status: 500,
                body: { message: 'Insufficient privileges' }
            }
        });

        expect(textsOf(element, '.problem-message')).toEqual([
            'Insufficient privileges'
        ]);
        await expect(element).toBeAccessible();
    });

    it('when the errors are cleared, then the alert disappears', async () => {
        const element = renderPanel({ errors: [NOT_CONNECTED] });

        Object.assign(element, { errors: undefined });
        await Promise.resolve();

        expect(shadowOf(element).querySelector('[role="alert"]')).toBeNull();
        await expect(element).toBeAccessible();
    });
});
