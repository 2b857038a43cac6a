/**
 * Where each subscriber stands on each channel: the replay id of the last
 * event it was given. A new subscription starts from the replay option it
 * asked for; every delivery passes through `admit`, which lets an event
 * through once and in order, so a backlog replayed for one subscriber is
 * dropped for the others that already had it.
 */
import type { ChangeEventLog } from './change-event-log';

export type ReplayStart = { ok: true; after: number } | { ok: false; error: string };

export class ReplaySubscriptions {
    private readonly positions = new Map<string, Map<string, number>>();

    constructor(private readonly log: ChangeEventLog) {}

    /** -1 new events only, -2 every retained event, a replay id → the events after it. */
    resolveStart(requested: unknown): ReplayStart {
        if (requested === undefined || requested === null || requested === -1)
            return { ok: true, after: this.log.latestReplayId() };
        if (requested === -2)
            return {
                ok: true,
                after: (this.log.oldestRetainedReplayId() ?? this.log.latestReplayId() + 1) - 1
            };

        const latest = this.log.latestReplayId();
        const oldest = this.log.oldestRetainedReplayId() ?? latest + 1;
        if (
            typeof requested !== 'number' ||
            !Number.isInteger(requested) ||
            requested < oldest - 1 ||
            requested > latest
        ) {
            const shown =
                typeof requested === 'number' || typeof requested === 'string'
                    ? String(requested)
                    : 'given';
            return {
                ok: false,
                error: `400::The replayId {${shown}} you provided was invalid. Please provide a valid ID, -2 to replay all events, or -1 to replay only new events.`
            };
        }
        return { ok: true, after: requested };
    }

    start(clientId: string, channel: string, after: number): void {
        let channels = this.positions.get(clientId);
        if (!channels) {
            channels = new Map();
            this.positions.set(clientId, channels);
        }
        channels.set(channel, after);
    }

    /** True when the event is new to this subscriber, which then counts as having it. */
    admit(clientId: string, channel: string, replayId: number): boolean {
        const channels = this.positions.get(clientId);
        const position = channels?.get(channel);
        if (!channels || position === undefined) return false;
        if (replayId <= position) return false;
        channels.set(channel, replayId);
        return true;
    }

    stop(clientId: string, channel?: string): void {
        if (channel === undefined) this.positions.delete(clientId);
        else this.positions.get(clientId)?.delete(channel);
    }
}
