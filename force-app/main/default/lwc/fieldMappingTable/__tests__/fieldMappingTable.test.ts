import { createElement } from 'lwc';
import FieldMappingTable from 'c/fieldMappingTable';
import {
    mergeSuggestions,
    type FieldRow,
    type SuggestionsReply
} from 'c/mappingDocument';
import suggestions from '../../objectPairing/__tests__/data/suggestions-contact-member.json';

type Rendered = HTMLElement & {
    label?: string;
    valueMap?: Record<string, string>;
};

const ROWS: FieldRow[] = mergeSuggestions([], suggestions as SuggestionsReply);

function mount(rows: FieldRow[] = ROWS): HTMLElement {
    const element = createElement('c-field-mapping-table', {
        is: FieldMappingTable
    });
    Object.assign(element, { rows });
    document.body.appendChild(element);
    return element;
}

function all(element: HTMLElement, selector: string): Rendered[] {
    return Array.from(
        element.shadowRoot?.querySelectorAll<Rendered>(selector) ?? []
    );
}

function changedRows(handler: jest.Mock): FieldRow[] {
    return handler.mock.calls[0][0].detail.rows;
}

function rowOf(rows: FieldRow[], key: string): FieldRow | undefined {
    return rows.find((row) => row.key === key);
}

describe('c-field-mapping-table', () => {
    afterEach(() => {
        while (document.body.firstChild)
            document.body.removeChild(document.body.firstChild);
    });

    it('when rows are given, then each shows its verdict in words', async () => {
        const element = mount();

        const badges = all(element, 'lightning-badge').map(
            (badge) => badge.label
        );
        expect(badges).toEqual([
            'Compatible',
            'Compatible',
            'Needs transform',
            'Incompatible'
        ]);
        await expect(element).toBeAccessible();
    });

    it('when there are no rows, then the empty state says how to get some', async () => {
        const element = mount([]);

        expect(
            element.shadowRoot?.querySelector('.empty-state')?.textContent
        ).toContain('load the companion');
        await expect(element).toBeAccessible();
    });

    it('when a field is marked confidential, then it is taken out of the sync', () => {
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('rowschange', handler);

        const toggle = all(element, '[data-flag="confidential"]')[0];
        toggle?.dispatchEvent(
            new CustomEvent('change', { detail: { checked: true } })
        );

        const row = rowOf(changedRows(handler), 'Email=>email');
        expect(row).toMatchObject({
            confidential: true,
            included: false,
            matchKey: false
        });
    });

    it('when a transform and an owner are picked, then the row carries them', () => {
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('rowschange', handler);
        const key = 'Birthdate=>notes';

        const transform = all(
            element,
            `lightning-combobox[data-key="${key}"]`
        )[0];
        transform?.dispatchEvent(
            new CustomEvent('change', { detail: { value: 'text' } })
        );
        const owner = all(element, `lightning-combobox[data-key="${key}"]`)[1];
        owner?.dispatchEvent(
            new CustomEvent('change', { detail: { value: 'trustworthy' } })
        );

        expect(rowOf(changedRows(handler), key)?.transform).toBe('text');
        const second = handler.mock.calls[1][0].detail.rows as FieldRow[];
        expect(rowOf(second, key)?.owner).toBe('trustworthy');
    });

    it('when a picklist row is expanded, then its value map can be edited', async () => {
        const element = mount();
        const handler = jest.fn();
        element.addEventListener('rowschange', handler);
        const key = 'Trustworthy_Relationship__c=>relationship';

        all(element, `lightning-button[data-key="${key}"]`)[0]?.click();
        await Promise.resolve();
        const editor = all(element, 'c-picklist-value-map')[0];
        expect(editor?.valueMap).toEqual({
            'Head of household': 'head',
            Child: 'child'
        });

        const valueMap = { 'Head of household': 'head' };
        editor?.dispatchEvent(
            new CustomEvent('valuemapchange', { detail: { valueMap } })
        );

        expect(rowOf(changedRows(handler), key)?.valueMap).toEqual(valueMap);
        await expect(element).toBeAccessible();
    });
});
