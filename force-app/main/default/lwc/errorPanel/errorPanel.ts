import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/syncErrors';
import type { SyncError } from 'c/syncErrors';

interface ShownDetail {
    key: string;
    text: string;
}

interface ShownError {
    key: string;
    title: string;
    message: string;
    details: ShownDetail[];
    detailsId: string;
    hasDetails: boolean;
    collapsed: boolean;
    ariaExpanded: string;
    toggleLabel: string;
}

/**
 * The one place components show a failure: a heading, the sentence for each
 * problem, and the technical details folded away until asked for.
 */
export default class ErrorPanel extends LightningElement {
    /** Heading to show instead of the first problem's own title. */
    @api friendlyMessage: string | undefined;

    private problems: SyncError[] = [];
    private expandedKeys: string[] = [];

    /**
     * The problems to show, normally from reduceErrors(); a raw error from
     * Apex or a wire is normalised here too, so nothing shows up blank.
     */
    @api
    get errors(): SyncError[] {
        return this.problems;
    }

    set errors(value: unknown) {
        this.problems = reduceErrors(value);
        this.expandedKeys = [];
    }

    get hasErrors(): boolean {
        return this.problems.length > 0;
    }

    get heading(): string {
        if (this.friendlyMessage) {
            return this.friendlyMessage;
        }

        const [first] = this.problems;
        return this.problems.length === 1 && first
            ? first.title
            : 'Several things went wrong';
    }

    // With one problem and no friendly heading, the heading is its title.
    get showItemTitles(): boolean {
        return Boolean(this.friendlyMessage) || this.problems.length > 1;
    }

    get shownErrors(): ShownError[] {
        return this.problems.map((problem, index) => {
            const key = String(index);
            const expanded = this.expandedKeys.includes(key);
            return {
                key,
                title: problem.title,
                message: problem.message,
                details: problem.details.map((text, line) => ({
                    key: `${key}-${line}`,
                    text
                })),
                detailsId: `details-${key}`,
                hasDetails: problem.details.length > 0,
                collapsed: !expanded,
                ariaExpanded: String(expanded),
                toggleLabel: expanded ? 'Hide details' : 'Show details'
            };
        });
    }

    handleToggleDetails(event: Event): void {
        const button = event.currentTarget;
        const key =
            button instanceof HTMLElement ? button.dataset.key : undefined;
        if (key === undefined) {
            return;
        }

        this.expandedKeys = this.expandedKeys.includes(key)
            ? this.expandedKeys.filter((each) => each !== key)
            : [...this.expandedKeys, key];
    }
}
