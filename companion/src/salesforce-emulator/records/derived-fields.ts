/**
 * Fields the org computes from others on every save: compound addresses,
 * Contact.Name, and the Opportunity fields that follow its stage.
 */
import type { SObjectDef } from '../schema/types';
import { OPPORTUNITY_STAGES } from '../schema/objects/picklist-values';

type Values = Record<string, unknown>;

const FORECAST_CATEGORY_BY_NAME: Record<string, string> = {
    Omitted: 'Omitted',
    Pipeline: 'Pipeline',
    'Best Case': 'BestCase',
    Commit: 'Forecast',
    Closed: 'Closed'
};

const ADDRESS_PARTS: Array<[string, string]> = [
    ['city', 'City'],
    ['country', 'Country'],
    ['geocodeAccuracy', 'GeocodeAccuracy'],
    ['latitude', 'Latitude'],
    ['longitude', 'Longitude'],
    ['postalCode', 'PostalCode'],
    ['state', 'State'],
    ['street', 'Street']
];

/** `MailingAddress` is null until one of its parts has a value, then an object of all parts. */
function compoundAddresses(def: SObjectDef, values: Values): void {
    for (const field of def.fields) {
        if (field.type !== 'address') continue;
        const prefix = field.name.slice(0, -'Address'.length);
        const compound: Values = {};
        let anySet = false;
        for (const [key, suffix] of ADDRESS_PARTS) {
            const part = values[`${prefix}${suffix}`] ?? null;
            compound[key] = part;
            if (part !== null) anySet = true;
        }
        values[field.name] = anySet ? compound : null;
    }
}

function contactName(values: Values): void {
    const parts = [values.FirstName, values.LastName].filter(
        (part) => typeof part === 'string' && part !== ''
    );
    values.Name = parts.join(' ');
}

/** Stage-driven defaults apply only where the writer did not send its own value. */
function opportunityStage(
    values: Values,
    previous: Values | undefined,
    sent: ReadonlySet<string>,
    now: string
): void {
    const stage = OPPORTUNITY_STAGES.find((entry) => entry.name === values.StageName);
    const stageChanged = previous?.StageName !== values.StageName;

    if (stage && stageChanged) {
        if (!sent.has('Probability')) values.Probability = stage.probability;
        if (!sent.has('ForecastCategoryName'))
            values.ForecastCategoryName = stage.forecastCategoryName;
        values.IsClosed = stage.closed;
        values.IsWon = stage.won;
    }
    if (stageChanged && previous) values.LastStageChangeDate = now;

    const categoryName =
        typeof values.ForecastCategoryName === 'string' ? values.ForecastCategoryName : 'Pipeline';
    values.ForecastCategory = FORECAST_CATEGORY_BY_NAME[categoryName] ?? 'Pipeline';

    const amount = typeof values.Amount === 'number' ? values.Amount : null;
    const probability = typeof values.Probability === 'number' ? values.Probability : null;
    values.ExpectedRevenue =
        amount === null || probability === null ? null : Math.round(amount * probability) / 100;
}

export function applyDerivedFields(
    def: SObjectDef,
    values: Values,
    previous: Values | undefined,
    sent: ReadonlySet<string>,
    now: string
): void {
    compoundAddresses(def, values);
    if (def.name === 'Contact') contactName(values);
    if (def.name === 'Opportunity') opportunityStage(values, previous, sent, now);
}
