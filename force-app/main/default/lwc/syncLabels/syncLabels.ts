/**
 * Plain words for the codes in the companion's replies. An unknown code is
 * shown with its underscores turned into spaces rather than hidden, so a
 * value added to the companion later still reads sensibly.
 */

const RUN_STATUS: Record<string, string> = {
    running: 'Running',
    completed: 'Completed',
    completed_with_errors: 'Completed with errors',
    failed: 'Failed',
    interrupted: 'Interrupted',
    paused: 'Paused',
    budget_reached: 'Stopped at the API budget'
};

const TRIGGER: Record<string, string> = {
    api: 'Started by an admin',
    manual: 'Started by an admin',
    startup: 'Companion start-up',
    schedule: 'Schedule',
    retry: 'Retry',
    resolution: 'Conflict resolution',
    rollback: 'Rollback',
    realtime: 'Real-time change'
};

const CHANGE_ACTION: Record<string, string> = {
    create: 'Created',
    update: 'Updated',
    delete: 'Deleted',
    hold: 'Held for review',
    fail: 'Failed',
    flag: 'Flagged',
    link: 'Linked',
    skip: 'Skipped'
};

const DIRECTION: Record<string, string> = {
    salesforce_to_trustworthy: 'Salesforce → Trustworthy',
    trustworthy_to_salesforce: 'Trustworthy → Salesforce'
};

const SIDE: Record<string, string> = {
    salesforce: 'Salesforce',
    trustworthy: 'Trustworthy'
};

const HELD_KIND: Record<string, string> = {
    conflict: 'Conflict',
    ambiguous_match: 'Ambiguous match',
    deletion: 'Flagged deletion',
    invalid_record: 'Invalid record'
};

function spaced(code: string): string {
    const words = code.replace(/_/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}

function lookUp(table: Record<string, string>, code: string): string {
    return table[code] ?? spaced(code);
}

export function runStatusLabel(status: string): string {
    return lookUp(RUN_STATUS, status);
}

export function triggerLabel(trigger: string): string {
    return lookUp(TRIGGER, trigger);
}

export function changeActionLabel(action: string): string {
    return lookUp(CHANGE_ACTION, action);
}

export function directionLabel(direction: string | null): string {
    return direction ? lookUp(DIRECTION, direction) : 'Not yet synced';
}

export function sideLabel(side: string): string {
    return lookUp(SIDE, side);
}

export function heldKindLabel(kind: string): string {
    return lookUp(HELD_KIND, kind);
}

/** A field value as text: empty values say so instead of showing nothing. */
export function valueText(value: unknown): string {
    if (value === null || value === undefined || value === '') {
        return '(empty)';
    }
    if (typeof value === 'object') {
        return JSON.stringify(value);
    }
    return String(value);
}
