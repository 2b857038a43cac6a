import { LightningElement, api } from 'lwc';
import listSalesforceObjects from '@salesforce/apex/TrustworthySetupController.listSalesforceObjects';
import listTrustworthyObjects from '@salesforce/apex/TrustworthySetupController.listTrustworthyObjects';
import getMapping from '@salesforce/apex/TrustworthySetupController.getMapping';
import getSuggestions from '@salesforce/apex/TrustworthySetupController.getSuggestions';
import validateMapping from '@salesforce/apex/TrustworthySetupController.validateMapping';
import saveMapping from '@salesforce/apex/TrustworthySetupController.saveMapping';
import { reduceErrors, type SyncError } from 'c/syncErrors';
import {
    readReply,
    type SavedMappingReply,
    type SchemaObjectsReply,
    type StoredMappingReply
} from 'c/setupReplies';
import {
    defaultSettings,
    emptyDocument,
    findPairing,
    mergeSuggestions,
    pairingFromRows,
    rowsFromPairing,
    settingsOf,
    withPairing,
    type FieldRow,
    type MappingDocument,
    type PairingSettings,
    type SuggestionsReply,
    type ValidationReport
} from 'c/mappingDocument';
import { CONFLICT_POLICIES, DIRECTIONS, pick } from './pairingOptions';

type Option = { label: string; value: string };

/**
 * The mapping tab's editor for one pairing: choose the two objects, the
 * direction and conflict policy, load the companion's suggestions into the
 * field table, validate (with the permission preflight) and save a version.
 */
export default class ObjectPairing extends LightningElement {
    private currentMapping = '';
    private connected = false;

    /** Changing it (the tab's mapping picker) reloads what this shows. */
    @api
    get mappingName(): string {
        return this.currentMapping;
    }
    set mappingName(value: string) {
        const changed = (value ?? '') !== this.currentMapping;
        this.currentMapping = value ?? '';
        if (changed && this.connected) {
            this.document = null;
            this.salesforceObject = '';
            this.trustworthyObject = '';
            this.settings = null;
            this.rows = [];
            this.report = null;
            this.saved = null;
            this.load();
        }
    }

    newName = '';
    salesforceOptions: Option[] = [];
    trustworthyOptions: Option[] = [];
    document: MappingDocument | null = null;
    settings: PairingSettings | null = null;
    rows: FieldRow[] = [];
    report: ValidationReport | null = null;
    saved: SavedMappingReply | null = null;

    salesforceObject = '';
    trustworthyObject = '';
    busyAction: string | null = 'Loading objects…';
    errors: SyncError[] = [];

    override connectedCallback(): void {
        this.connected = true;
        this.load();
    }

    override disconnectedCallback(): void {
        this.connected = false;
    }

    async load(): Promise<void> {
        await this.act('Loading objects…', async () => {
            const [salesforce, trustworthy] = await Promise.all([
                listSalesforceObjects(),
                listTrustworthyObjects()
            ]);
            this.salesforceOptions = optionsOf(salesforce);
            this.trustworthyOptions = optionsOf(trustworthy);

            if (this.mappingName) {
                const stored = await getMapping({
                    mappingName: this.mappingName
                });
                const reply = readReply<StoredMappingReply>(stored, [
                    'mapping'
                ]);
                this.document = reply.mapping as unknown as MappingDocument;
            }
        });
    }

    get isNew(): boolean {
        return !this.mappingName;
    }

    get effectiveName(): string {
        return (this.mappingName || this.newName).trim();
    }

    get isBusy(): boolean {
        return this.busyAction !== null;
    }

    get busyText(): string {
        return this.busyAction ?? '';
    }

    get hasPair(): boolean {
        return this.settings !== null;
    }

    get cannotAct(): boolean {
        return this.isBusy || !this.hasPair || !this.effectiveName;
    }

    get directionOptions() {
        return DIRECTIONS;
    }

    get conflictPolicyOptions() {
        return CONFLICT_POLICIES;
    }

    get direction(): string {
        return this.settings?.direction ?? '';
    }

    get conflictPolicy(): string {
        return this.settings?.conflictPolicy ?? '';
    }

    get savedText(): string {
        if (!this.saved) return '';
        return `Saved “${this.saved.name}” as version ${this.saved.version}.`;
    }

    handleName(event: CustomEvent<{ value: string }>): void {
        this.newName = event.detail.value ?? '';
    }

    handleObject(event: CustomEvent<{ value: string }>): void {
        const side = (event.currentTarget as HTMLElement).dataset.side;
        if (side === 'salesforce') this.salesforceObject = event.detail.value;
        if (side === 'trustworthy') this.trustworthyObject = event.detail.value;
        this.choosePair();
    }

    handleDirection(event: CustomEvent<{ value: string }>): void {
        const direction = pick(DIRECTIONS, event.detail.value);
        if (this.settings && direction)
            this.settings = { ...this.settings, direction };
    }

    handleConflictPolicy(event: CustomEvent<{ value: string }>): void {
        const conflictPolicy = pick(CONFLICT_POLICIES, event.detail.value);
        if (this.settings && conflictPolicy) {
            this.settings = { ...this.settings, conflictPolicy };
        }
    }

    handleRows(event: CustomEvent<{ rows: FieldRow[] }>): void {
        this.rows = event.detail.rows;
        this.report = null;
    }

    async handleSuggest(): Promise<void> {
        await this.act('Loading suggestions…', async () => {
            const reply = await getSuggestions({
                salesforceObject: this.salesforceObject,
                trustworthyObject: this.trustworthyObject
            });
            const suggestions = readReply<SuggestionsReply>(reply, ['pairs']);
            this.rows = mergeSuggestions(this.rows, suggestions);
        });
    }

    async handleValidate(): Promise<void> {
        await this.act(
            'Validating, with the permission preflight…',
            async () => {
                const reply = await validateMapping({
                    mappingName: this.effectiveName,
                    mappingJson: JSON.stringify(this.draft())
                });
                this.report = readReply<ValidationReport>(reply, [
                    'valid',
                    'errors'
                ]);
            }
        );
    }

    async handleSave(): Promise<void> {
        await this.act('Saving a new version…', async () => {
            const draft = this.draft();
            const reply = await saveMapping({
                mappingName: this.effectiveName,
                mappingJson: JSON.stringify(draft),
                isNew: this.isNew
            });
            this.saved = readReply<SavedMappingReply>(reply, [
                'name',
                'version'
            ]);
            this.document = draft;
            // The tab now selects the saved mapping; the editor keeps the pair on screen.
            this.currentMapping = this.saved.name;
            this.dispatchEvent(
                new CustomEvent('mappingsaved', {
                    detail: {
                        name: this.saved.name,
                        version: this.saved.version
                    }
                })
            );
        });
    }

    private choosePair(): void {
        this.report = null;
        this.saved = null;
        if (!this.salesforceObject || !this.trustworthyObject) {
            this.settings = null;
            this.rows = [];
            return;
        }

        const stored = findPairing(
            this.document,
            this.salesforceObject,
            this.trustworthyObject
        );
        this.settings = stored
            ? settingsOf(stored)
            : defaultSettings(this.salesforceObject, this.trustworthyObject);
        this.rows = stored ? rowsFromPairing(stored) : [];
    }

    private draft(): MappingDocument {
        const base = this.document ?? emptyDocument(this.effectiveName);
        const pairing = pairingFromRows(
            this.settings ?? defaultSettings('', ''),
            this.rows
        );
        return withPairing({ ...base, name: this.effectiveName }, pairing);
    }

    private async act(label: string, work: () => Promise<void>): Promise<void> {
        this.busyAction = label;
        this.errors = [];
        try {
            await work();
        } catch (error) {
            this.errors = reduceErrors(error);
        } finally {
            this.busyAction = null;
        }
    }
}

function optionsOf(reply: unknown): Option[] {
    const { objects } = readReply<SchemaObjectsReply>(reply, ['objects']);
    return objects.map((object) => ({
        label: `${object.label} (${object.name})`,
        value: object.name
    }));
}
