import { LightningElement, api } from 'lwc';
/**
 * A mapping validation report: schema and permission preflight errors (which
 * block a save) and warnings (which do not), each at its place in the
 * document. Given only `warnings`, it lists those, as after a save.
 */
export default class MappingValidation extends LightningElement {
    @api
    report = null;
    @api
    warnings = [];
    get errorItems() {
        return numbered(this.report?.errors ?? []);
    }
    get warningItems() {
        return numbered([...(this.report?.warnings ?? []), ...this.warnings]);
    }
    get hasErrors() {
        return this.errorItems.length > 0;
    }
    get hasWarnings() {
        return this.warningItems.length > 0;
    }
    get isValid() {
        return this.report?.valid === true;
    }
}
function numbered(issues) {
    return issues.map((issue, index) => ({
        ...issue,
        key: `${index}-${issue.path}`
    }));
}
