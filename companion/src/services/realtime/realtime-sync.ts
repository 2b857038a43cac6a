/**
 * Keeps real-time sync in step with the schedules: for every mapping set to
 * real time, Trustworthy's webhook is registered (when a pairing has a
 * Trustworthy object) and the Change Data Capture channels of its
 * Salesforce objects are followed. Changes from either source become prompt
 * syncs of exactly the mappings that pair the changed object.
 */
import type { Logger } from '../../lib/logger';
import type { SchedulesRepository } from '../../store/schedules-repository';
import type { MappingService } from '../mappings/mapping-service';
import type { CdcSubscriber } from './cdc-subscriber';
import { changeEventChannel } from './cdc-subscriber';
import type { ChangeSide } from './change-trigger';
import type { TrustworthyWebhooks } from './trustworthy-webhooks';

export interface RealtimeMapping {
    name: string;
    salesforceObjects: string[];
    trustworthyObjects: string[];
}

export interface RealtimeSyncDeps {
    schedules: SchedulesRepository;
    mappings(): MappingService;
    webhooks: TrustworthyWebhooks;
    cdc: CdcSubscriber;
    /** Where Trustworthy should deliver: `<publicBaseUrl>/webhooks/trustworthy`. */
    webhookUrl(): string;
    logger: Logger;
}

export class RealtimeSync {
    constructor(private readonly deps: RealtimeSyncDeps) {}

    async realtimeMappings(): Promise<RealtimeMapping[]> {
        const found: RealtimeMapping[] = [];
        for (const stored of await this.deps.schedules.all()) {
            if (stored.kind !== 'realtime') continue;
            try {
                const { mapping } = await this.deps.mappings().active(stored.mappingName);
                found.push({
                    name: stored.mappingName,
                    salesforceObjects: mapping.pairings.map((pairing) => pairing.salesforceObject),
                    trustworthyObjects: mapping.pairings.map((pairing) => pairing.trustworthyObject)
                });
            } catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                this.deps.logger.warn(
                    { mapping: stored.mappingName, reason },
                    'real-time mapping could not be read; skipped'
                );
            }
        }
        return found;
    }

    async mappingsUsing(side: ChangeSide, objectName: string): Promise<string[]> {
        const wanted = objectName.toLowerCase();
        return (await this.realtimeMappings())
            .filter((mapping) =>
                (side === 'salesforce'
                    ? mapping.salesforceObjects
                    : mapping.trustworthyObjects
                ).some((name) => name.toLowerCase() === wanted)
            )
            .map((mapping) => mapping.name);
    }

    /** Registers the webhook and follows the channels the real-time mappings need now. */
    async reconcile(): Promise<void> {
        const mappings = await this.realtimeMappings();

        if (mappings.some((mapping) => mapping.trustworthyObjects.length > 0)) {
            await this.deps.webhooks
                .ensureRegistered(this.deps.webhookUrl())
                .catch((error: unknown) => {
                    const reason = error instanceof Error ? error.message : String(error);
                    this.deps.logger.warn(
                        { reason },
                        'Trustworthy webhook could not be registered; changes from Trustworthy wait for the next run'
                    );
                });
        }

        const channels = new Set(
            mappings.flatMap((mapping) => mapping.salesforceObjects.map(changeEventChannel))
        );
        await this.deps.cdc.follow([...channels]);
    }

    async stop(): Promise<void> {
        await this.deps.cdc.stop();
    }
}
