import {
    auditFields,
    idField,
    isDeletedField,
    ownerField,
    recentlyViewedFields,
    trustworthySyncFields
} from '../common-fields';
import {
    checkbox,
    currency,
    date,
    dateTime,
    double,
    percent,
    picklist,
    readOnly,
    reference,
    text,
    textArea
} from '../field-builders';
import type { SObjectDef } from '../types';
import {
    FORECAST_CATEGORY_NAMES,
    LEAD_SOURCES,
    OPPORTUNITY_STAGES,
    OPPORTUNITY_TYPES
} from './picklist-values';

const forecastCategory = readOnly(
    picklist('ForecastCategory', 'Forecast Category', [], {
        length: 40,
        nillable: false,
        restrictedPicklist: true,
        picklistValues: [
            ['Omitted', 'Omitted'],
            ['Pipeline', 'Pipeline'],
            ['BestCase', 'Best Case'],
            ['MostLikely', 'Most Likely'],
            ['Forecast', 'Commit'],
            ['Closed', 'Closed']
        ].map(([value, label]) => ({
            value: value ?? '',
            label: label ?? '',
            active: true,
            defaultValue: false
        }))
    })
);

/** A household's policy, holding or plan that Trustworthy tracks as an opportunity. */
export const OPPORTUNITY: SObjectDef = {
    name: 'Opportunity',
    label: 'Opportunity',
    labelPlural: 'Opportunities',
    keyPrefix: '006',
    custom: false,
    fields: [
        idField('Opportunity'),
        isDeletedField(),
        reference('AccountId', 'Account ID', 'Account', 'Account', {
            childRelationshipName: 'Opportunities'
        }),
        checkbox('IsPrivate', 'Private'),
        text('Name', 'Name', 120, { nillable: false, idLookup: true }),
        textArea('Description', 'Description', 32000),
        picklist(
            'StageName',
            'Stage',
            OPPORTUNITY_STAGES.map((stage) => stage.name),
            { nillable: false }
        ),
        currency('Amount', 'Amount', 18, 2),
        percent('Probability', 'Probability (%)', 3, 0, { defaultedOnCreate: true }),
        readOnly(currency('ExpectedRevenue', 'Expected Amount', 18, 2)),
        double('TotalOpportunityQuantity', 'Quantity', 18, 2),
        date('CloseDate', 'Close Date', { nillable: false }),
        picklist('Type', 'Opportunity Type', OPPORTUNITY_TYPES),
        text('NextStep', 'Next Step', 255),
        picklist('LeadSource', 'Lead Source', LEAD_SOURCES),
        readOnly(checkbox('IsClosed', 'Closed')),
        readOnly(checkbox('IsWon', 'Won')),
        forecastCategory,
        picklist('ForecastCategoryName', 'Forecast Category', FORECAST_CATEGORY_NAMES, {
            restrictedPicklist: true,
            defaultedOnCreate: true
        }),
        reference('ContactId', 'Contact ID', 'Contact', null, {
            updateable: false,
            childRelationshipName: 'Opportunities'
        }),
        ownerField(),
        ...auditFields(),
        readOnly(date('LastActivityDate', 'Last Activity')),
        readOnly(dateTime('LastStageChangeDate', 'Last Stage Change Date')),
        ...recentlyViewedFields(),
        ...trustworthySyncFields('Plan')
    ]
};
