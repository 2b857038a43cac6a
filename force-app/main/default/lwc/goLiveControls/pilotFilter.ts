import type { PilotFilter } from 'c/setupReplies';

export interface PilotForm {
    salesforceIds: string;
    whereSide: string;
    whereField: string;
    whereEquals: string;
}

export const EMPTY_PILOT: PilotForm = {
    salesforceIds: '',
    whereSide: 'salesforce',
    whereField: '',
    whereEquals: ''
};

/** The pilot the form describes, or null for "every record" when it is blank. */
export function pilotFromForm(form: PilotForm): PilotFilter | null {
    const pilot: PilotFilter = {};
    const ids = form.salesforceIds.split(/[\s,;]+/).filter((id) => id !== '');
    if (ids.length > 0) pilot.salesforceIds = ids;

    const field = form.whereField.trim();
    if (field) {
        pilot.where = {
            side:
                form.whereSide === 'trustworthy' ? 'trustworthy' : 'salesforce',
            field,
            equals: form.whereEquals
        };
    }
    return Object.keys(pilot).length > 0 ? pilot : null;
}

export function formFromPilot(pilot: PilotFilter | null): PilotForm {
    if (!pilot) return { ...EMPTY_PILOT };
    return {
        salesforceIds: (pilot.salesforceIds ?? []).join('\n'),
        whereSide: pilot.where?.side ?? 'salesforce',
        whereField: pilot.where?.field ?? '',
        whereEquals: pilot.where ? String(pilot.where.equals ?? '') : ''
    };
}
