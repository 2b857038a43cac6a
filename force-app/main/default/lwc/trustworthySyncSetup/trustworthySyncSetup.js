import { LightningElement } from 'lwc';
import listMappings from '@salesforce/apex/TrustworthySetupController.listMappings';
import { reduceErrors } from 'c/syncErrors';
import { readReply } from 'c/setupReplies';
const NEW_MAPPING = '';
/**
 * The Trustworthy Sync tab. Holds only which mapping is being worked on; each
 * tab's component loads and saves its own part of it.
 */
export default class TrustworthySyncSetup extends LightningElement {
    mappings = [];
    mappingName = NEW_MAPPING;
    loading = true;
    errors = [];
    connectedCallback() {
        this.loadMappings();
    }
    async loadMappings() {
        this.loading = true;
        this.errors = [];
        try {
            const reply = readReply(await listMappings(), [
                'mappings'
            ]);
            this.mappings = reply.mappings;
            const stillThere = this.mappings.some((each) => each.name === this.mappingName);
            if (!stillThere)
                this.mappingName = this.mappings[0]?.name ?? NEW_MAPPING;
        }
        catch (error) {
            this.errors = reduceErrors(error);
        }
        finally {
            this.loading = false;
        }
    }
    get mappingOptions() {
        return [
            ...this.mappings.map((each) => ({
                label: each.paused
                    ? `${each.name} (version ${each.latestVersion}, paused)`
                    : `${each.name} (version ${each.latestVersion})`,
                value: each.name
            })),
            { label: 'New mapping…', value: NEW_MAPPING }
        ];
    }
    get hasMapping() {
        return this.mappingName !== NEW_MAPPING;
    }
    get needsMappingText() {
        return 'Save a mapping first; its schedule and go-live settings follow.';
    }
    handleMappingChoice(event) {
        this.mappingName = event.detail.value ?? NEW_MAPPING;
    }
    async handleMappingSaved(event) {
        this.mappingName = event.detail.name;
        await this.loadMappings();
    }
}
