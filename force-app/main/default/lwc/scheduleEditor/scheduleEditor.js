import { LightningElement, api } from 'lwc';
import getSchedule from '@salesforce/apex/TrustworthySetupController.getSchedule';
import setSchedule from '@salesforce/apex/TrustworthySetupController.setSchedule';
import { reduceErrors } from 'c/syncErrors';
import { readReply } from 'c/setupReplies';
const KINDS = [
    { label: 'Manual: only when started here', value: 'manual' },
    { label: 'Every few minutes', value: 'interval' },
    { label: 'Daily at a set time', value: 'daily' },
    { label: 'Cron expression', value: 'cron' },
    { label: 'Real time: as records change', value: 'realtime' }
];
function localTimezone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
/**
 * When a mapping runs. The companion decides what is a valid schedule (for
 * example no cron firing more often than every 5 minutes); its refusal is
 * shown as it words it, so the rules live in one place.
 */
export default class ScheduleEditor extends LightningElement {
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
    kind = 'manual';
    everyMinutes = '60';
    time = '02:00';
    expression = '';
    timezone = localTimezone();
    stored = null;
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
        await this.act('Loading the schedule…', async () => {
            const reply = await getSchedule({ mappingName: this.mappingName });
            this.show(readReply(reply, ['schedule']));
        });
    }
    get kindOptions() {
        return KINDS;
    }
    get isInterval() {
        return this.kind === 'interval';
    }
    get isDaily() {
        return this.kind === 'daily';
    }
    get isCron() {
        return this.kind === 'cron';
    }
    get isBusy() {
        return this.busyAction !== null;
    }
    get busyText() {
        return this.busyAction ?? '';
    }
    get cannotSave() {
        return this.isBusy || !this.mappingName;
    }
    get lastRunText() {
        return this.stored?.lastRunAt ?? 'Never';
    }
    get nextDueText() {
        if (this.stored?.running)
            return 'Running now';
        return this.stored?.nextDueAt ?? 'Not scheduled';
    }
    handleChange(event) {
        const field = event.currentTarget.dataset.field;
        const value = event.detail.value ?? '';
        this.savedNote = '';
        if (field === 'kind') {
            this.kind =
                KINDS.find((each) => each.value === value)?.value ?? 'manual';
        }
        if (field === 'everyMinutes')
            this.everyMinutes = value;
        if (field === 'time')
            this.time = value;
        if (field === 'expression')
            this.expression = value;
        if (field === 'timezone')
            this.timezone = value;
    }
    async handleSave() {
        await this.act('Saving the schedule…', async () => {
            const reply = await setSchedule({
                mappingName: this.mappingName,
                scheduleJson: JSON.stringify(this.draft())
            });
            this.show(readReply(reply, ['schedule']));
            this.savedNote = 'Schedule saved.';
        });
    }
    draft() {
        switch (this.kind) {
            case 'interval':
                return {
                    kind: 'interval',
                    everyMinutes: Number(this.everyMinutes)
                };
            case 'daily':
                return {
                    kind: 'daily',
                    time: this.time,
                    timezone: this.timezone
                };
            case 'cron':
                return {
                    kind: 'cron',
                    expression: this.expression,
                    timezone: this.timezone
                };
            default:
                return { kind: this.kind };
        }
    }
    show(reply) {
        this.stored = reply;
        const schedule = reply.schedule;
        this.kind = schedule.kind;
        if (schedule.kind === 'interval')
            this.everyMinutes = String(schedule.everyMinutes);
        if (schedule.kind === 'daily') {
            this.time = schedule.time;
            this.timezone = schedule.timezone;
        }
        if (schedule.kind === 'cron') {
            this.expression = schedule.expression;
            this.timezone = schedule.timezone ?? 'UTC';
        }
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
