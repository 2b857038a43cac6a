import { LightningElement, api } from 'lwc';
import type { ReportedIssue, ValidationReport } from 'c/mappingDocument';

/**
 * A mapping validation report: schema and permission preflight errors (which
 * block a save) and warnings (which do not), each at its place in the
 * document. Given only `warnings`, it lists those, as after a save.
 */
export default class MappingValidation extends LightningElement {
    @api report: ValidationReport | null = null;
    @api warnings: ReportedIssue[] = [];

    get errorItems() {
        return numbered(this.report?.errors ?? []);
    }

    get warningItems() {
        return numbered([...(this.report?.warnings ?? []), ...this.warnings]);
    }

    get hasErrors(): boolean {
        return this.errorItems.length > 0;
    }

    get hasWarnings(): boolean {
        return this.warningItems.length > 0;
    }

    get isValid(): boolean {
        return this.report?.valid === true;
    }
}

function numbered(issues: ReportedIssue[]) {
    return issues.map((issue, index) => ({
        ...issue,
        key: `${index}-${issue.path}`
    }));
}
