import { LightningElement, api } from 'lwc';
import getGoLive from '@salesforce/apex/TrustworthySetupController.getGoLive';
import setGoLive from '@salesforce/apex/TrustworthySetupController.setGoLive';
import listMappings from '@salesforce/apex/TrustworthySetupController.listMappings';
import pauseMapping from '@salesforce/apex/TrustworthySetupController.pauseMapping';
import startRun from '@salesforce/apex/TrustworthySetupController.startRun';
import resumeMapping from '@salesforce/apex/TrustworthySetupController.resumeMapping';
import { reduceErrors, type SyncError } from 'c/syncErrors';
import {
    readReply,
    type GoLiveReply,
    type MappingsReply,
    type PauseReply
} from 'c/setupReplies';
import {
    EMPTY_PILOT,
    formFromPilot,
    pilotFromForm,
    type PilotForm
} from './pilotFilter';

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
            this.savedNote = '';
            if (this.currentMapping) this.load();
        }
    }

    recordCap = '';
    pilot: PilotForm = { ...EMPTY_PILOT };
    paused = false;
    running = false;
    updatedAt: string | null = null;

    busyAction: string | null = null;
    savedNote = '';
    errors: SyncError[] = [];

    override connectedCallback(): void {
        this.connected = true;
        if (this.mappingName) this.load();
    }

    override disconnectedCallback(): void {
        this.connected = false;
    }

    async load(): Promise<void> {
        await this.act('Loading go-live settings…', async () => {
            const [goLive, mappings] = await Promise.all([
                getGoLive({ mappingName: this.mappingName }),
                listMappings()
            ]);
            this.show(readReply<GoLiveReply>(goLive, ['recordCap', 'pilot']));
            const list = readReply<MappingsReply>(mappings, [
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

    get isBusy(): boolean {
        return this.busyAction !== null;
    }

    get busyText(): string {
        return this.busyAction ?? '';
    }

    get cannotAct(): boolean {
        return this.isBusy || !this.mappingName;
    }

    /** A paused mapping runs nothing, not even by hand, until it is resumed. */
    get cannotStart(): boolean {
        return this.cannotAct || this.paused;
    }

    get stateLabel(): string {
        return this.paused ? 'Paused' : 'Live';
    }

    get stateClass(): string {
        return this.paused ? 'slds-theme_warning' : 'slds-theme_success';
    }

    get stateText(): string {
        if (this.paused && this.running) {
            return 'Paused: the run under way stops after its current batch; no new runs start.';
        }
        if (this.paused)
            return 'Paused: no scheduled or real-time runs start until resumed.';
        return 'Live: runs start on the schedule and, if set, on real-time changes.';
    }

    get toggleLabel(): string {
        return this.paused ? 'Resume sync' : 'Pause sync';
    }

    get toggleVariant(): string {
        return this.paused ? 'brand' : 'destructive-text';
    }

    handleCap(event: CustomEvent<{ value: string }>): void {
        this.recordCap = event.detail.value ?? '';
        this.savedNote = '';
    }

    handlePilot(event: CustomEvent<{ value: string }>): void {
        const field = (event.currentTarget as HTMLElement).dataset.field ?? '';
        if (field in this.pilot) {
            this.pilot = { ...this.pilot, [field]: event.detail.value ?? '' };
            this.savedNote = '';
        }
    }

    async handleSave(): Promise<void> {
        const cap =
            this.recordCap.trim() === '' ? null : Number(this.recordCap);
        if (
            cap !== null &&
            (!Number.isInteger(cap) || cap < 1 || cap > 1000000)
        ) {
            this.errors = [
                {
                    code: 'invalid_record_cap',
                    title: 'Check the record cap',
                    message:
                        'Leave it blank for no cap, or use a whole number from 1 to 1,000,000.',
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
            this.show(readReply<GoLiveReply>(reply, ['recordCap', 'pilot']));
            this.savedNote = 'Go-live settings saved.';
        });
    }

    // No cap or pilot of its own: the companion applies the saved go-live settings.
    async handleStartRun(): Promise<void> {
        await this.act('Starting a run…', async () => {
            const reply = await startRun({
                mappingName: this.mappingName,
                recordCap: null,
                pilotJson: null
            });
            const started = readReply<{ runId: string }>(reply, ['runId']);
            this.savedNote = `Run ${started.runId} started; follow it on the Runs tab.`;
        });
    }

    async handleTogglePause(): Promise<void> {
        const pausing = !this.paused;
        await this.act(pausing ? 'Pausing…' : 'Resuming…', async () => {
            const call = pausing ? pauseMapping : resumeMapping;
            const reply = await call({ mappingName: this.mappingName });
            const state = readReply<PauseReply>(reply, ['paused']);
            this.paused = state.paused;
            this.running = state.running;
        });
    }

    private show(reply: GoLiveReply): void {
        this.recordCap =
            reply.recordCap === null ? '' : String(reply.recordCap);
        this.pilot = formFromPilot(reply.pilot);
        this.updatedAt = reply.updatedAt;
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
