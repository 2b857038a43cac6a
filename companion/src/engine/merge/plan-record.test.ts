import {
    decisions,
    householdPairing,
    householdTargets,
    salesforceRecord,
    syncOnce,
    trustworthyRecord,
    type SyncState
} from '../test-support/plan-harness';
import { planRecord } from './plan-record';

const ACCOUNT = {
    Name: 'Lovelace Household',
    Type: 'Prospect',
    BillingStreet: '12 St James Sq',
    BillingCity: 'London',
    BillingState: null,
    BillingPostalCode: 'SW1Y 4JH',
    BillingCountry: 'UK',
    AnnualRevenue: 120000,
    Phone: '0044 20 7946 0000',
    Description: 'Met at the Analytical Engine demo'
};

/** Creates the Trustworthy side from the Salesforce record and returns the synced state. */
function linkedState(): SyncState {
    const created = syncOnce({
        pairing: householdPairing(),
        targets: householdTargets(),
        salesforce: salesforceRecord(ACCOUNT)
    });
    return created.state;
}

function withValues(
    state: SyncState,
    side: 'salesforce' | 'trustworthy',
    values: Record<string, unknown>,
    modifiedAt?: string
): SyncState {
    const record = state[side]!;
    return {
        ...state,
        [side]: {
            ...record,
            values: { ...record.values, ...values },
            modifiedAt: modifiedAt ?? record.modifiedAt
        }
    };
}

describe('planRecord: new records', () => {
    it('when only the Salesforce record exists, then every non-empty field goes to Trustworthy', () => {
        const { plan } = syncOnce({
            pairing: householdPairing(),
            targets: householdTargets(),
            salesforce: salesforceRecord(ACCOUNT)
        });
        expect(plan.toSalesforce).toEqual({});
        expect(plan.toTrustworthy).toEqual({
            name: 'Lovelace Household',
            household_type: 'family',
            address: {
                street: '12 St James Sq',
                city: 'London',
                region: null,
                postal_code: 'SW1Y 4JH',
                country: 'UK'
            },
            annual_income: '120000.00',
            phone: '+44 20 7946 0000',
            notes: 'Met at the Analytical Engine demo'
        });
        expect(plan.errors).toEqual([]);
        expect(plan.createBlocked).toBeUndefined();
    });

    it('when a record was created and nothing changed since, then the next plan writes nothing (no echo)', () => {
        const { plan } = syncOnce(linkedState());
        expect(plan.toSalesforce).toEqual({});
        expect(plan.toTrustworthy).toEqual({});
        expect(new Set(Object.values(decisions(plan)))).toEqual(new Set(['unchanged']));
    });

    it('when a required target field cannot be filled, then the create is blocked and errors say so', () => {
        const plan = planRecord({
            pairing: householdPairing(),
            targets: householdTargets(),
            salesforce: salesforceRecord({ ...ACCOUNT, Name: '   ' })
        });
        expect(plan.createBlocked).toEqual({
            side: 'trustworthy',
            reason: 'the new trustworthy record cannot be created: its required field name would be empty (new record: the source value is empty)'
        });
        expect(plan.errors).toEqual([
            {
                key: 'Name',
                code: 'required_field_missing',
                message:
                    'the new trustworthy record cannot be created: its required field name would be empty (new record: the source value is empty)'
            }
        ]);
    });

    it('when only the Trustworthy record exists, then Salesforce gets the mapped values', () => {
        const plan = planRecord({
            pairing: householdPairing(),
            targets: householdTargets(),
            trustworthy: trustworthyRecord({
                name: 'Babbage',
                household_type: 'other',
                annual_income: '10.50',
                address: null
            })
        });
        expect(plan.toSalesforce).toEqual({ Name: 'Babbage', Type: 'Other', AnnualRevenue: 11 });
    });
});

describe('planRecord: three states', () => {
    it('when Salesforce sets one field and clears another, then Trustworthy gets the value and a null, and nothing else', () => {
        const edited = withValues(linkedState(), 'salesforce', {
            Name: 'Lovelace-King Household',
            Description: null
        });
        const { plan, state } = syncOnce(edited);

        expect(plan.toTrustworthy).toEqual({ name: 'Lovelace-King Household', notes: null });
        expect(plan.toSalesforce).toEqual({});
        expect(decisions(plan)).toEqual({
            Name: 'to_trustworthy',
            Type: 'unchanged',
            BillingAddress: 'unchanged',
            AnnualRevenue: 'unchanged',
            Phone: 'unchanged',
            Description: 'to_trustworthy'
        });

        const again = syncOnce(state).plan;
        expect([again.toSalesforce, again.toTrustworthy]).toEqual([{}, {}]);
    });

    it('when Trustworthy clears an address, then Salesforce gets five nulls and the next plan is quiet', () => {
        const edited = withValues(linkedState(), 'trustworthy', { address: null });
        const { plan, state } = syncOnce(edited);
        expect(plan.toSalesforce).toEqual({
            BillingStreet: null,
            BillingCity: null,
            BillingState: null,
            BillingPostalCode: null,
            BillingCountry: null
        });
        expect(syncOnce(state).plan.fields.every((field) => field.decision === 'unchanged')).toBe(
            true
        );
    });

    it('when Trustworthy edits a number, then Salesforce gets it and reading our own write back is not an edit', () => {
        const edited = withValues(linkedState(), 'trustworthy', { annual_income: '150000.40' });
        const { plan, state } = syncOnce(edited);
        expect(plan.toSalesforce).toEqual({ AnnualRevenue: 150000 });

        // Salesforce's scale is 0, so the two sides now differ but both match their base.
        const again = syncOnce(state).plan;
        expect([again.toSalesforce, again.toTrustworthy]).toEqual([{}, {}]);
    });
});

describe('planRecord: conflicts', () => {
    function conflicted(
        policy: Parameters<typeof householdPairing>[0],
        salesforceTime: string,
        trustworthyTime: string
    ): SyncState {
        const state = { ...linkedState(), pairing: householdPairing(policy) };
        const salesforceEdited = withValues(
            state,
            'salesforce',
            { Name: 'SF name', Description: 'SF notes' },
            salesforceTime
        );
        return withValues(
            salesforceEdited,
            'trustworthy',
            { name: 'TW name', notes: 'TW notes' },
            trustworthyTime
        );
    }
    const early = '2024-02-01T10:00:00.000Z';
    const late = '2024-02-01T10:00:01.000Z';

    it('when the policy is salesforce_wins, then Salesforce values go to Trustworthy', () => {
        const { plan } = syncOnce(conflicted({ conflictPolicy: 'salesforce_wins' }, early, late));
        expect(plan.toTrustworthy).toEqual({ name: 'SF name', notes: 'SF notes' });
        expect(plan.conflicts).toEqual([
            {
                key: 'Name',
                salesforceValue: 'SF name',
                trustworthyValue: 'TW name',
                resolution: 'salesforce',
                reason: 'policy salesforce_wins'
            },
            {
                key: 'Description',
                salesforceValue: 'SF notes',
                trustworthyValue: 'TW notes',
                resolution: 'salesforce',
                reason: 'policy salesforce_wins'
            }
        ]);
    });

    it('when the policy is trustworthy_wins, then Trustworthy values go to Salesforce', () => {
        const { plan } = syncOnce(conflicted({ conflictPolicy: 'trustworthy_wins' }, late, early));
        expect(plan.toSalesforce).toEqual({ Name: 'TW name', Description: 'TW notes' });
        expect(plan.toTrustworthy).toEqual({});
    });

    it('when the policy is newest_wins, then the later side wins and a tie goes to Salesforce', () => {
        expect(
            syncOnce(conflicted({ conflictPolicy: 'newest_wins' }, early, late)).plan.toSalesforce
        ).toEqual({
            Name: 'TW name',
            Description: 'TW notes'
        });
        expect(
            syncOnce(conflicted({ conflictPolicy: 'newest_wins' }, late, early)).plan.toTrustworthy
        ).toEqual({
            name: 'SF name',
            notes: 'SF notes'
        });
        const tie = syncOnce(
            conflicted({ conflictPolicy: 'newest_wins' }, '2024-02-01T10:00:00.000+0000', early)
        ).plan;
        expect(tie.toTrustworthy).toEqual({ name: 'SF name', notes: 'SF notes' });
        expect(tie.conflicts[0]!.reason).toBe(
            'policy newest_wins: same time, Salesforce wins ties'
        );
    });

    it('when the policy is field_owner, then the owner wins and a field without owner is held', () => {
        const { plan } = syncOnce(conflicted({ conflictPolicy: 'field_owner' }, early, late));
        expect(plan.toSalesforce).toEqual({ Description: 'TW notes' });
        expect(plan.toTrustworthy).toEqual({});
        expect(decisions(plan)).toMatchObject({ Name: 'held', Description: 'to_salesforce' });
        expect(plan.held).toBe(true);
    });

    it('when the policy is hold, then only the conflicting fields are held and the others still merge', () => {
        const state = withValues(
            conflicted({ conflictPolicy: 'hold' }, early, late),
            'salesforce',
            { Phone: '+1 555 0100' }
        );
        const { plan, state: after } = syncOnce(state);

        expect(plan.held).toBe(true);
        expect(plan.toTrustworthy).toEqual({ phone: '+1 555 0100' });
        expect(plan.toSalesforce).toEqual({});
        expect(decisions(plan)).toMatchObject({
            Name: 'held',
            Description: 'held',
            Phone: 'to_trustworthy',
            Type: 'unchanged'
        });
        expect(plan.conflicts.map((conflict) => conflict.resolution)).toEqual(['held', 'held']);

        // Held fields keep their old base, so the next run still sees the conflict.
        expect(plan.nextBase.salesforce.Name).toBe(state.base!.salesforce.Name);
        expect(plan.nextBase.trustworthy.Name).toBe(state.base!.trustworthy.Name);
        expect(decisions(syncOnce(after).plan)).toMatchObject({
            Name: 'held',
            Description: 'held',
            Phone: 'unchanged'
        });
    });

    it('when both sides changed to canonically equal values, then nothing is written and the base is refreshed', () => {
        const state = withValues(
            withValues(linkedState(), 'salesforce', { AnnualRevenue: 99 }),
            'trustworthy',
            { annual_income: '99.00' }
        );
        const { plan, state: after } = syncOnce(state);
        expect([plan.toSalesforce, plan.toTrustworthy, plan.conflicts]).toEqual([{}, {}, []]);
        expect(decisions(plan).AnnualRevenue).toBe('unchanged');
        expect(plan.nextBase.salesforce.AnnualRevenue).not.toBe(
            state.base!.salesforce.AnnualRevenue
        );
        expect(decisions(syncOnce(after).plan).AnnualRevenue).toBe('unchanged');
    });
});

describe('planRecord: one-way pairings', () => {
    it('when the pairing flows to Trustworthy, then Trustworthy edits never flow back and Salesforce wins conflicts', () => {
        const base = {
            ...linkedState(),
            pairing: householdPairing({
                direction: 'to_trustworthy',
                conflictPolicy: 'trustworthy_wins'
            })
        };

        const twEdit = syncOnce(
            withValues(base, 'trustworthy', { name: 'Edited in Trustworthy' })
        ).plan;
        expect([twEdit.toSalesforce, twEdit.toTrustworthy]).toEqual([{}, {}]);
        expect(decisions(twEdit).Name).toBe('skipped');

        const both = withValues(
            withValues(base, 'trustworthy', { name: 'TW' }, '2030-01-01T00:00:00Z'),
            'salesforce',
            { Name: 'SF' }
        );
        const conflict = syncOnce(both).plan;
        expect(conflict.toTrustworthy).toEqual({ name: 'SF' });
        expect(conflict.toSalesforce).toEqual({});
        expect(conflict.conflicts[0]!.reason).toBe('one-way: Salesforce is the source');
    });

    it('when a field overrides the direction, then only that field is one-way', () => {
        const pairing = householdPairing();
        pairing.fields = pairing.fields.map((field) =>
            field.salesforce === 'Name' ? { ...field, direction: 'to_salesforce' as const } : field
        );
        const state = withValues({ ...linkedState(), pairing }, 'salesforce', {
            Name: 'SF only',
            Phone: '+1 555 0100'
        });
        const { plan } = syncOnce(state);
        expect(plan.toTrustworthy).toEqual({ phone: '+1 555 0100' });
        expect(decisions(plan).Name).toBe('skipped');
    });
});

describe('planRecord: first match (no base)', () => {
    it('when one side is empty, then it is filled; equal values are left alone; different ones follow the policy', () => {
        const state: SyncState = {
            pairing: householdPairing({ conflictPolicy: 'salesforce_wins' }),
            targets: householdTargets(),
            salesforce: salesforceRecord({
                Name: 'Lovelace',
                Type: null,
                Phone: '+44 20 7946 0000',
                AnnualRevenue: 5
            }),
            trustworthy: trustworthyRecord({
                name: 'Lovelace',
                household_type: 'other',
                phone: '0044 20 7946 0000',
                annual_income: '7.00',
                notes: 'TW'
            })
        };
        const { plan, state: after } = syncOnce(state);

        expect(plan.toSalesforce).toEqual({ Type: 'Other', Description: 'TW' });
        expect(plan.toTrustworthy).toEqual({ annual_income: '5.00' });
        expect(decisions(plan)).toEqual({
            Name: 'unchanged',
            Type: 'to_salesforce',
            BillingAddress: 'unchanged',
            AnnualRevenue: 'to_trustworthy',
            Phone: 'unchanged',
            Description: 'to_salesforce'
        });
        expect(plan.conflicts).toHaveLength(1);

        const again = syncOnce(after).plan;
        expect([again.toSalesforce, again.toTrustworthy]).toEqual([{}, {}]);
    });
});

describe('planRecord: transform errors and references', () => {
    it('when one field fails to transform, then it is not written, is reported, keeps its base, and the rest merges', () => {
        const linked = linkedState();
        const state = withValues(linked, 'trustworthy', {
            household_type: 'extended',
            name: 'Renamed'
        });
        const { plan } = syncOnce(state);

        expect(plan.toSalesforce).toEqual({ Name: 'Renamed' });
        expect(plan.errors).toEqual([
            {
                key: 'Type',
                code: 'picklist_value_unmapped',
                message: 'the value map has no entry for "extended"'
            }
        ]);
        expect(decisions(plan).Type).toBe('error');
        expect(plan.nextBase.trustworthy.Type).toBe(linked.base!.trustworthy.Type);
    });

    it('when a reference is not linked yet, then it is skipped with a warning and retried later', () => {
        const pairing = householdPairing();
        pairing.fields = [
            ...pairing.fields,
            {
                salesforce: 'ParentId',
                trustworthy: 'email',
                transform: 'reference',
                pairing: 'accounts-households'
            }
        ];
        const links: Record<string, string> = {};
        const targets = householdTargets((_pairing, _from, id) => links[id]);
        const state: SyncState = {
            pairing,
            targets,
            salesforce: salesforceRecord({ ...ACCOUNT, ParentId: '001000000000009AAA' })
        };

        const first = syncOnce(state);
        expect(first.plan.toTrustworthy).not.toHaveProperty('email');
        expect(first.plan.warnings).toEqual([
            expect.objectContaining({ code: 'reference_unresolved', field: 'ParentId' })
        ]);
        expect(first.plan.nextBase.salesforce).not.toHaveProperty('ParentId');

        links['001000000000009AAA'] = 'hh_9';
        expect(syncOnce(first.state).plan.toTrustworthy).toEqual({ email: 'hh_9' });
    });
});
