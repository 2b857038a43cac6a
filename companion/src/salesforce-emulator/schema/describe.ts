/**
 * Expands our compact object definitions into the JSON Salesforce returns
 * from `sobjects/<type>/describe` and `sobjects` (global describe). jsforce and
 * the sf CLI read many of these keys, so every key a real describe carries is
 * present, with the value a new org would show.
 */
import { OBJECT_CATALOG } from './catalog';
import { describeField } from './describe-field';
import type { SObjectDef } from './types';

export interface DescribeContext {
    /** e.g. `62.0` */
    apiVersion: string;
    /** e.g. `http://127.0.0.1:4321`, used for the UI templates. */
    instanceUrl: string;
}

interface ObjectCapabilities {
    createable: boolean;
    deletable: boolean;
    updateable: boolean;
    undeletable: boolean;
    mergeable: boolean;
    deepCloneable: boolean;
    layoutable: boolean;
    searchable: boolean;
    triggerable: boolean;
    feedEnabled: boolean;
    mruEnabled: boolean;
    supportedScopes: Array<{ label: string; name: string }>;
}

const RECORD_OBJECT: ObjectCapabilities = {
    createable: true,
    deletable: true,
    updateable: true,
    undeletable: true,
    mergeable: true,
    deepCloneable: false,
    layoutable: true,
    searchable: true,
    triggerable: true,
    feedEnabled: true,
    mruEnabled: true,
    supportedScopes: []
};

function scopes(plural: string): Array<{ label: string; name: string }> {
    const lower = plural.toLowerCase();
    return [
        { label: `All ${lower}`, name: 'everything' },
        { label: `My ${lower}`, name: 'mine' },
        { label: 'Filter by scope', name: 'scopingRule' },
        { label: `My team's ${lower}`, name: 'team' }
    ];
}

const CAPABILITIES: Record<string, ObjectCapabilities> = {
    Account: { ...RECORD_OBJECT, supportedScopes: scopes('Accounts') },
    Contact: { ...RECORD_OBJECT, supportedScopes: scopes('Contacts') },
    Opportunity: {
        ...RECORD_OBJECT,
        mergeable: false,
        deepCloneable: true,
        supportedScopes: scopes('Opportunities')
    },
    User: {
        ...RECORD_OBJECT,
        deletable: false,
        undeletable: false,
        mergeable: false,
        supportedScopes: [{ label: 'All users', name: 'everything' }]
    },
    Organization: {
        ...RECORD_OBJECT,
        createable: false,
        deletable: false,
        undeletable: false,
        mergeable: false,
        layoutable: false,
        searchable: false,
        triggerable: false,
        feedEnabled: false,
        mruEnabled: false
    }
};

function capabilitiesOf(def: SObjectDef): ObjectCapabilities {
    return CAPABILITIES[def.name] ?? RECORD_OBJECT;
}

/** What the object allows, narrowed by the calling user's object permissions. */
function withPermissions(can: ObjectCapabilities, def: SObjectDef): ObjectCapabilities {
    const granted = def.permissions;
    if (!granted) return can;
    return {
        ...can,
        createable: can.createable && granted.create,
        updateable: can.updateable && granted.edit,
        deletable: can.deletable && granted.delete,
        undeletable: can.undeletable && granted.delete
    };
}

function objectUrls(
    def: SObjectDef,
    context: DescribeContext,
    forGlobal: boolean
): Record<string, string> {
    const sobject = `/services/data/v${context.apiVersion}/sobjects/${def.name}`;
    if (def.name === 'Organization') {
        return { rowTemplate: `${sobject}/{ID}`, describe: `${sobject}/describe`, sobject };
    }
    if (def.name === 'User') {
        return {
            compactLayouts: `${sobject}/describe/compactLayouts`,
            rowTemplate: `${sobject}/{ID}`,
            namedLayouts: `${sobject}/describe/namedLayouts/{LayoutName}`,
            passwordUtilities: `${sobject}/{ID}/password`,
            describe: `${sobject}/describe`,
            quickActions: `${sobject}/quickActions`,
            layouts: `${sobject}/describe/layouts`,
            sobject
        };
    }

    const urls: Record<string, string> = {
        compactLayouts: `${sobject}/describe/compactLayouts`,
        rowTemplate: `${sobject}/{ID}`,
        approvalLayouts: `${sobject}/describe/approvalLayouts`
    };
    if (!forGlobal) {
        urls.uiDetailTemplate = `${context.instanceUrl}/{ID}`;
        urls.uiEditTemplate = `${context.instanceUrl}/{ID}/e`;
        urls.uiNewRecord = `${context.instanceUrl}/${def.keyPrefix}/e`;
    }
    urls.listviews = `${sobject}/listviews`;
    urls.describe = `${sobject}/describe`;
    urls.quickActions = `${sobject}/quickActions`;
    urls.layouts = `${sobject}/describe/layouts`;
    urls.sobject = sobject;
    return urls;
}

/** Parent-to-child relationships: every catalog reference field that points at this object. */
function childRelationships(def: SObjectDef, allObjects: readonly SObjectDef[]): unknown[] {
    const children: unknown[] = [];
    for (const child of allObjects) {
        for (const field of child.fields) {
            if (field.type !== 'reference' || !field.referenceTo.includes(def.name)) continue;
            children.push({
                cascadeDelete: false,
                childSObject: child.name,
                deprecatedAndHidden: false,
                field: field.name,
                junctionIdListNames: [],
                junctionReferenceTo: [],
                relationshipName: field.childRelationshipName ?? null,
                restrictedDelete: false
            });
        }
    }
    return children;
}

/** The entry for one object in `GET /sobjects`. */
export function describeGlobalEntry(
    def: SObjectDef,
    context: DescribeContext
): Record<string, unknown> {
    const can = withPermissions(capabilitiesOf(def), def);
    return {
        activateable: false,
        associateEntityType: null,
        associateParentEntity: null,
        createable: can.createable,
        custom: def.custom,
        customSetting: false,
        deepCloneable: can.deepCloneable,
        deletable: can.deletable,
        deprecatedAndHidden: false,
        feedEnabled: can.feedEnabled,
        hasSubtypes: false,
        isInterface: false,
        isSubtype: false,
        keyPrefix: def.keyPrefix,
        label: def.label,
        labelPlural: def.labelPlural,
        layoutable: can.layoutable,
        mergeable: can.mergeable,
        mruEnabled: can.mruEnabled,
        name: def.name,
        queryable: true,
        replicateable: true,
        retrieveable: true,
        searchable: can.searchable,
        triggerable: can.triggerable,
        undeletable: can.undeletable,
        updateable: can.updateable,
        urls: objectUrls(def, context, true)
    };
}

export function describeGlobal(
    defs: readonly SObjectDef[],
    context: DescribeContext
): Record<string, unknown> {
    return {
        encoding: 'UTF-8',
        maxBatchSize: 200,
        sobjects: defs.map((def) => describeGlobalEntry(def, context))
    };
}

/** The full body of `GET /sobjects/<type>/describe` for an (FLS-filtered) definition. */
export function describeObject(
    def: SObjectDef,
    context: DescribeContext,
    allObjects: readonly SObjectDef[] = OBJECT_CATALOG
): Record<string, unknown> {
    const sobjectUrl = `/services/data/v${context.apiVersion}/sobjects/${def.name}`;
    return {
        ...describeGlobalEntry(def, context),
        actionOverrides: [],
        childRelationships: childRelationships(def, allObjects),
        compactLayoutable: capabilitiesOf(def).layoutable,
        defaultImplementation: null,
        extendedBy: null,
        extendsInterfaces: null,
        fields: def.fields.map(describeField),
        implementedBy: null,
        implementsInterfaces: null,
        listviewable: null,
        lookupLayoutable: null,
        namedLayoutInfos: [],
        networkScopeFieldName: null,
        recordTypeInfos: [
            {
                active: true,
                available: true,
                defaultRecordTypeMapping: true,
                developerName: 'Master',
                master: true,
                name: 'Master',
                recordTypeId: '012000000000000AAA',
                urls: { layout: `${sobjectUrl}/describe/layouts/012000000000000AAA` }
            }
        ],
        searchLayoutable: capabilitiesOf(def).searchable,
        sobjectDescribeOption: 'FULL',
        supportedScopes: capabilitiesOf(def).supportedScopes,
        urls: objectUrls(def, context, false)
    };
}
