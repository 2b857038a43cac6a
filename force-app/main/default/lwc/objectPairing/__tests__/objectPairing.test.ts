import { createElement } from 'lwc';
import ObjectPairing from 'c/objectPairing';
import listSalesforceObjects from '@salesforce/apex/TrustworthySetupController.listSalesforceObjects';
import listTrustworthyObjects from '@salesforce/apex/TrustworthySetupController.listTrustworthyObjects';
import getMapping from '@salesforce/apex/TrustworthySetupController.getMapping';
import getSuggestions from '@salesforce/apex/TrustworthySetupController.getSuggestions';
import validateMapping from '@salesforce/apex/TrustworthySetupController.validateMapping';
import saveMapping from '@salesforce/apex/TrustworthySetupController.saveMapping';
import salesforceObjects from './data/salesforce-objects.json';
import trustworthyObjects from './data/trustworthy-objects.json';
import suggestions from './data/suggestions-contact-member.json';
import mappingDemo from './data/mapping-demo.json';
import validateOk from './data/validate-ok.json';
import preflightErrors from './data/validate-preflight-errors.json';
import savedMapping from './data/saved-mapping.json';

jest.mock(
    '@salesforce/apex/TrustworthySetupController.listSalesforceObjects',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.listTrustworthyObjects',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.getMapping',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.getSuggestions',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.validateMapping',
    () => ({ default: jest.fn() }),
    { virtual: true }
);
jest.mock(
    '@salesforce/apex/TrustworthySetupController.saveMapping',
    () => ({ default: jest.fn() }),
    { virtual: true }
);

const mockGetMapping = getMapping as jest.Mock;
const mockSuggestions = getSuggestions as jest.Mock;
const mockValidate = validateMapping as jest.Mock;
const mockSave = saveMapping as jest.Mock;

type FieldRowLike = { key: string; verdict: string | null; included: boolean };
type Rendered = HTMLElement & {
    rows?: FieldRowLike[];
    report?: { valid: boolean } | null;
    errors?: { code: string; details: string[] }[];
    value?: string;
    options?: { value: string }[];
};

async function flush(): Promise<void> {
    for (let i = 0; i < 6; i += 1) await Promise.resolve();
}

async function mount(mappingName = ''): Promise<HTMLElement> {
    const element = createElement('c-object-pairing', { is: ObjectPairing });
    Object.assign(element, { mappingName });
    document.body.appendChild(element);
    await flush();
    return element;
}

function find(element: HTMLElement, selector: string): Rendered {
    const found = element.shadowRoot?.querySelector<Rendered>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
}

async function choose(element: HTMLElement, selector: string, value: string) {
    find(element, selector).dispatchEvent(
        new CustomEvent('change', { detail: { value } })
    );
    await flush();
}

async function pairContactWithMember(element: HTMLElement): Promise<void> {
    await choose(element, '.salesforce-object', 'Contact');
    await choose(element, '.trustworthy-object', 'member');
}

function sentDocument(mock: jest.Mock) {
    const [params] = mock.mock.calls[0] as [{ mappingJson: string }];
    return JSON.parse(params.mappingJson);
}

describe('c-object-pairing', () => {
    beforeEach(() => {
        (listSalesforceObjects as jest.Mock).mockResolvedValue(
            salesforceObjects
        );
        (listTrustworthyObjects as jest.Mock).mockResolvedValue(
            trustworthyObjects
        );
        mockGetMapping.mockResolvedValue(mappingDemo);
    });

    afterEach(() => {
        while (document.body.firstChild)
            document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('when it opens, then both object pickers list their side and the empty state shows', async () => {
        const element = await mount();

        expect(
            find(element, '.salesforce-object').options?.map((o) => o.value)
        ).toEqual(['Account', 'Contact']);
        expect(find(element, '.trustworthy-object').options).toHaveLength(2);
        expect(find(element, '.empty-state').textContent).toContain(
            'Choose a Salesforce object'
        );
        await expect(element).toBeAccessible();
    });

    it('when suggestions load for a new pairing, then the table gets them with verdicts', async () => {
        mockSuggestions.mockResolvedValue(suggestions);
        const element = await mount();
        await pairContactWithMember(element);

        find(element, '.load-suggestions').click();
        await flush();

        expect(mockSuggestions).toHaveBeenCalledWith({
            salesforceObject: 'Contact',
            trustworthyObject: 'member'
        });
        const rows = find(element, 'c-field-mapping-table').rows ?? [];
        expect(rows.map((row) => [row.key, row.verdict, row.included])).toEqual(
            [
                ['Email=>email', 'compatible', true],
                ['FirstName=>first_name', 'compatible', true],
                [
                    'Trustworthy_Relationship__c=>relationship',
                    'needs_transform',
                    true
                ],
                ['Birthdate=>notes', 'incompatible', false]
            ]
        );
        await expect(element).toBeAccessible();
    });

    it('when a new mapping is saved, then a document with the chosen policy is created', async () => {
        mockSuggestions.mockResolvedValue(suggestions);
        mockSave.mockResolvedValue({
            ...savedMapping,
            name: 'members',
            version: 1
        });
        const element = await mount();
        const saved = jest.fn();
        element.addEventListener('mappingsaved', saved);

        await choose(element, '.mapping-name', 'members');
        await pairContactWithMember(element);
        await choose(element, '.conflict-policy', 'hold');
        find(element, '.load-suggestions').click();
        await flush();
        find(element, '.save').click();
        await flush();

        const [params] = mockSave.mock.calls[0] as [
            { mappingName: string; isNew: boolean }
        ];
        expect(params.mappingName).toBe('members');
        expect(params.isNew).toBe(true);
        const document = sentDocument(mockSave);
        expect(document.name).toBe('members');
        expect(document.pairings).toHaveLength(1);
        expect(document.pairings[0].conflictPolicy).toBe('hold');
        expect(
            document.pairings[0].fields.map(
                (f: { trustworthy: string }) => f.trustworthy
            )
        ).toEqual(['email', 'first_name', 'relationship']);
        expect(find(element, '.saved').textContent).toContain('version 1');
        expect(saved.mock.calls[0][0].detail).toEqual({
            name: 'members',
            version: 1
        });
    });

    it('when a stored pairing is chosen, then its fields fill the table and validate sends the whole document', async () => {
        mockValidate.mockResolvedValue(preflightErrors);
        const element = await mount('demo');
        await pairContactWithMember(element);

        const rows = find(element, 'c-field-mapping-table').rows ?? [];
        expect(rows).toHaveLength(13);
        expect(find(element, '.conflict-policy').value).toBe('newest_wins');

        find(element, '.validate').click();
        await flush();

        const document = sentDocument(mockValidate);
        expect(document.pairings.map((p: { id: string }) => p.id)).toEqual([
            'accounts-households',
            'contacts-members'
        ]);
        expect(document.pairings[1]).toEqual(mappingDemo.mapping.pairings[1]);
        expect(find(element, 'c-mapping-validation').report).toEqual(
            preflightErrors
        );
        await expect(element).toBeAccessible();
    });

    it('when validation passes, then the report is passed on for display', async () => {
        mockValidate.mockResolvedValue(validateOk);
        const element = await mount('demo');
        await pairContactWithMember(element);

        find(element, '.validate').click();
        await flush();

        expect(find(element, 'c-mapping-validation').report?.valid).toBe(true);
    });

    it('when the companion refuses the save, then the error panel lists its problems', async () => {
        const refusal = {
            code: 'mapping_invalid',
            message: 'The mapping has problems; nothing was stored.',
            companionMessage: 'the mapping has 1 problem; nothing was stored',
            details: ['pairings[1].fields[0]: Contact has no field Emial'],
            status: 400
        };
        mockSave.mockRejectedValue({
            status: 500,
            body: { message: JSON.stringify(refusal) }
        });
        const element = await mount('demo');
        await pairContactWithMember(element);

        find(element, '.save').click();
        await flush();

        const [params] = mockSave.mock.calls[0] as [{ isNew: boolean }];
        expect(params.isNew).toBe(false);
        const errors = find(element, 'c-error-panel').errors ?? [];
        expect(errors[0]?.code).toBe('mapping_invalid');
        await expect(element).toBeAccessible();
    });
});
