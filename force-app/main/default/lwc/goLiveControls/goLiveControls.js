import { LightningElement, api } from 'lwc';
import getGoLive from '@salesforce/apex/TrustworthySetupController.getGoLive';
import setGoLive from '@salesforce/apex/TrustworthySetupController.setGoLive';
import listMappings from '@salesforce/apex/TrustworthySetupController.listMappings';
import pauseMapping from '@salesforce/apex/TrustworthySetupController.pauseMapping';
import startRun from '@salesforce/apex/TrustworthySetupController.startRun';
import resumeMapping from '@salesforce/apex/TrustworthySetupController.resumeMapping';
import { reduceErrors } from 'c/syncErrors';
import { readReply } from 'c/setupReplies';
import { EMPTY_PILOT, formFromPilot, pilotFromForm } from './pilotFilter';
const SIDES = [
    { label: 'Salesforce', value: 'salesforce' },
    { label: 'Trustworthy', value: 'trustworthy' }
];
/**
 * Going live safely: a cap on how many records a run may touch, a pilot
 * filter limiting runs to chosen records, and pause/resume of the mapping's
 * scheduled and real-time runs.
 */
export default class GoLiveControls extends LightningElement {
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
            this.savedNote = '';
            if (this.currentMapping)
                this.load();
        }
    }
    recordCap = '';
    pilot = { ...EMPTY_PILOT };
    paused = false;
    running = false;
    updatedAt = null;
    busyAction = null;
    savedNote = '';
    errors = [];
    connectedCallback() {
        this.connected = true;
        if (this.mappingName)
            this.load();
    }
    disconnectedCallback() {
        this.connected = false;
    }
    async load() {
        await this.act('Loading go-live settings…', async () => {
            const [goLive, mappings] = await Promise.all([
                getGoLive({ mappingName: this.mappingName }),
                listMappings()
            ]);
            this.show(readReply(goLive, ['recordCap', 'pilot']));
            const list = readReply(mappings, [
                'mappings'
            ]).mappings;
            this.paused =
                list.find((each) => each.name === this.mappingName)?.paused ??
                    false;
        });
    }
    get sideOptions() {
        return SIDES;
    }
    get isBusy() {
        return this.busyAction !== null;
    }
    get busyText() {
        return this.busyAction ?? '';
    }
    get cannotAct() {
        return this.isBusy || !this.mappingName;
    }
    /** A paused mapping runs nothing, not even by hand, until it is resumed. */
    get cannotStart() {
        return this.cannotAct || this.paused;
    }
    get stateLabel() {
        return this.paused ? 'Paused' : 'Live';
    }
    get stateClass() {
        return this.paused ? 'slds-theme_warning' : 'slds-theme_success';
    }
    get stateText() {
        if (this.paused && this.running) {
            return 'Paused: the run under way stops after its current batch; no new runs start.';
        }
        if (this.paused)
            return 'Paused: no scheduled or real-time runs start until resumed.';
        return 'Live: runs start on the schedule and, if set, on real-time changes.';
    }
    get toggleLabel() {
        return this.paused ? 'Resume sync' : 'Pause sync';
    }
    get toggleVariant() {
        return this.paused ? 'brand' : 'destructive-text';
    }
    handleCap(event) {
        this.recordCap = event.detail.value ?? '';
        this.savedNote = '';
    }
    handlePilot(event) {
        const field = event.currentTarget.dataset.field ?? '';
        if (field in this.pilot) {
            this.pilot = { ...this.pilot, [field]: event.detail.value ?? '' };
            this.savedNote = '';
        }
    }
    async handleSave() {
        const cap = this.recordCap.trim() === '' ? null : Number(this.recordCap);
        if (cap !== null &&
            (!Number.isInteger(cap) || cap < 1 || cap > 1000000)) {
            this.errors = [
                {
                    code: 'invalid_record_cap',
                    title: 'Check the record cap',
                    message: 'Leave it blank for no cap, or use a whole number from 1 to 1,000,000.',
                    details: []
                }
            ];
            return;
        }
        await this.act('Saving go-live settings…', async () => {
            const pilot = pilotFromForm(this.pilot);
            const reply = await setGoLive({
                mappingName: this.mappingName,
                recordCap: cap,
                pilotJson: pilot ? JSON.stringify(pilot) : null
            });
            this.show(readReply(reply, ['recordCap', 'pilot']));
            this.savedNote = 'Go-live settings saved.';
        });
    }
    // No cap or pilot of its own: the companion applies the saved go-live settings.
    async handleStartRun() {
        await this.act('Starting a run…', async () => {
            const reply = await startRun({
                mappingName: this.mappingName,
                recordCap: null,
                pilotJson: null
            });
            const started = readReply(reply, ['runId']);
            this.savedNote = `Run ${started.runId} started; follow it on the Runs tab.`;
        });
    }
    async handleTogglePause() {
        const pausing = !this.paused;
        await this.act(pausing ? 'Pausing…' : 'Resuming…', async () => {
            const call = pausing ? pauseMapping : resumeMapping;
            const reply = await call({ mappingName: this.mappingName });
            const state = readReply(reply, ['paused']);
            this.paused = state.paused;
            this.running = state.running;
        });
    }
    show(reply) {
        this.recordCap =
            reply.recordCap === null ? '' : String(reply.recordCap);
        this.pilot = formFromPilot(reply.pilot);
        this.updatedAt = reply.updatedAt;
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
