import { LightningElement, api } from 'lwc';
import listSalesforceObjects from '@salesforce/apex/TrustworthySetupController.listSalesforceObjects';
import listTrustworthyObjects from '@salesforce/apex/TrustworthySetupController.listTrustworthyObjects';
import getMapping from '@salesforce/apex/TrustworthySetupController.getMapping';
import getSuggestions from '@salesforce/apex/TrustworthySetupController.getSuggestions';
import validateMapping from '@salesforce/apex/TrustworthySetupController.validateMapping';
import saveMapping from '@salesforce/apex/TrustworthySetupController.saveMapping';
import { reduceErrors } from 'c/syncErrors';
import { readReply } from 'c/setupReplies';
import { defaultSettings, emptyDocument, findPairing, mergeSuggestions, pairingFromRows, rowsFromPairing, settingsOf, withPairing } from 'c/mappingDocument';
import { CONFLICT_POLICIES, DIRECTIONS, pick } from './pairingOptions';
/**
 * The mapping tab's editor for one pairing: choose the two objects, the
 * direction and conflict policy, load the companion's suggestions into the
 * field table, validate (with the permission preflight) and save a version.
 */
export default class ObjectPairing extends LightningElement {
    currentMapping = '';
    connected = false;
    /** Changing it (the tab's mapping picker) reloads what this shows. */
    @api
    get mappingName() {
        return this.currentMapping;
    }
    set mappingName(value) {
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
    salesforceOptions = [];
    trustworthyOptions = [];
    document = null;
    settings = null;
    rows = [];
    report = null;
    saved = null;
    salesforceObject = '';
    trustworthyObject = '';
    busyAction = 'Loading objects…';
    errors = [];
    connectedCallback() {
        this.connected = true;
        this.load();
    }
    disconnectedCallback() {
        this.connected = false;
    }
    async load() {
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
                const reply = readReply(stored, [
                    'mapping'
                ]);
                this.document = reply.mapping;
            }
        });
    }
    get isNew() {
        return !this.mappingName;
    }
    get effectiveName() {
        return (this.mappingName || this.newName).trim();
    }
    get isBusy() {
        return this.busyAction !== null;
    }
    get busyText() {
        return this.busyAction ?? '';
    }
    get hasPair() {
        return this.settings !== null;
    }
    get cannotAct() {
        return this.isBusy || !this.hasPair || !this.effectiveName;
    }
    get directionOptions() {
        return DIRECTIONS;
    }
    get conflictPolicyOptions() {
        return CONFLICT_POLICIES;
    }
    get direction() {
        return this.settings?.direction ?? '';
    }
    get conflictPolicy() {
        return this.settings?.conflictPolicy ?? '';
    }
    get savedText() {
        if (!this.saved)
            return '';
        return `Saved “${this.saved.name}” as version ${this.saved.version}.`;
    }
    handleName(event) {
        this.newName = event.detail.value ?? '';
    }
    handleObject(event) {
        const side = event.currentTarget.dataset.side;
        if (side === 'salesforce')
            this.salesforceObject = event.detail.value;
        if (side === 'trustworthy')
            this.trustworthyObject = event.detail.value;
        this.choosePair();
    }
    handleDirection(event) {
        const direction = pick(DIRECTIONS, event.detail.value);
        if (this.settings && direction)
            this.settings = { ...this.settings, direction };
    }
    handleConflictPolicy(event) {
        const conflictPolicy = pick(CONFLICT_POLICIES, event.detail.value);
        if (this.settings && conflictPolicy) {
            this.settings = { ...this.settings, conflictPolicy };
        }
    }
    handleRows(event) {
        this.rows = event.detail.rows;
        this.report = null;
    }
    async handleSuggest() {
        await this.act('Loading suggestions…', async () => {
            const reply = await getSuggestions({
                salesforceObject: this.salesforceObject,
                trustworthyObject: this.trustworthyObject
            });
            const suggestions = readReply(reply, ['pairs']);
            this.rows = mergeSuggestions(this.rows, suggestions);
        });
    }
    async handleValidate() {
        await this.act('Validating, with the permission preflight…', async () => {
            const reply = await validateMapping({
                mappingName: this.effectiveName,
                mappingJson: JSON.stringify(this.draft())
            });
            this.report = readReply(reply, [
                'valid',
                'errors'
            ]);
        });
    }
    async handleSave() {
        await this.act('Saving a new version…', async () => {
            const draft = this.draft();
            const reply = await saveMapping({
                mappingName: this.effectiveName,
                mappingJson: JSON.stringify(draft),
                isNew: this.isNew
            });
            this.saved = readReply(reply, [
                'name',
                'version'
            ]);
            this.document = draft;
            // The tab now selects the saved mapping; the editor keeps the pair on screen.
            this.currentMapping = this.saved.name;
            this.dispatchEvent(new CustomEvent('mappingsaved', {
                detail: {
                    name: this.saved.name,
                    version: this.saved.version
                }
            }));
        });
    }
    choosePair() {
        this.report = null;
        this.saved = null;
        if (!this.salesforceObject || !this.trustworthyObject) {
            this.settings = null;
            this.rows = [];
            return;
        }
        const stored = findPairing(this.document, this.salesforceObject, this.trustworthyObject);
        this.settings = stored
            ? settingsOf(stored)
            : defaultSettings(this.salesforceObject, this.trustworthyObject);
        this.rows = stored ? rowsFromPairing(stored) : [];
    }
    draft() {
        const base = this.document ?? emptyDocument(this.effectiveName);
        const pairing = pairingFromRows(this.settings ?? defaultSettings('', ''), this.rows);
        return withPairing({ ...base, name: this.effectiveName }, pairing);
    }
    async act(label, work) {
        this.busyAction = label;
        this.errors = [];
        try {
            await work();
        }
        catch (error) {
            this.errors = reduceErrors(error);
        }
        finally {
            this.busyAction = null;
        }
    }
}
function optionsOf(reply) {
    const { objects } = readReply(reply, ['objects']);
    return objects.map((object) => ({
        label: `${object.label} (${object.name})`,
        value: object.name
    }));
}
