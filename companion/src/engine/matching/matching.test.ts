import { decideMatch } from './decide-match';
import { matchKeyValue } from './match-key-value';

describe('matchKeyValue', () => {
    it('when an email is a key, then it is trimmed and lower-cased', () => {
        expect(matchKeyValue('  Jane.Doe@Example.ORG ', 'email')).toBe('jane.doe@example.org');
    });

    it('when text is a key, then it is trimmed, case-folded and NFC-composed', () => {
        const decomposed = 'Cafe\u0301 Stra\u00dfe';
        expect(matchKeyValue(`  ${decomposed} `, 'text')).toBe('café strasse');
        expect(matchKeyValue('CAFÉ STRASSE', 'text')).toBe('café strasse');
    });

    it.each([null, undefined, '', '   '])(
        'when the value is empty (%j), then there is no key',
        (empty) => {
            expect(matchKeyValue(empty, 'text')).toBeUndefined();
            expect(matchKeyValue(empty, 'email')).toBeUndefined();
        }
    );

    it('when a Salesforce Id is a key, then its 18-character form is used', () => {
        expect(matchKeyValue('001000000000001', 'reference')).toBe('001000000000001AAA');
    });
});

describe('decideMatch', () => {
    it('when a stored link exists, then it decides, whatever else matches', () => {
        expect(
            decideMatch({
                linkedId: 'hh_1',
                externalIdCandidates: ['hh_2'],
                matchKeyCandidates: ['hh_3', 'hh_4']
            })
        ).toEqual({
            kind: 'linked',
            id: 'hh_1'
        });
    });

    it('when there is no link, then one external Id candidate decides before match keys', () => {
        expect(
            decideMatch({ externalIdCandidates: ['hh_2'], matchKeyCandidates: ['hh_3', 'hh_4'] })
        ).toEqual({
            kind: 'external_id',
            id: 'hh_2'
        });
    });

    it('when several external Id candidates exist, then the match is ambiguous', () => {
        expect(
            decideMatch({ externalIdCandidates: ['hh_2', 'hh_5'], matchKeyCandidates: ['hh_3'] })
        ).toEqual({
            kind: 'ambiguous',
            candidates: ['hh_2', 'hh_5']
        });
    });

    it('when only match keys find records, then one decides and several are ambiguous', () => {
        expect(decideMatch({ externalIdCandidates: [], matchKeyCandidates: ['hh_3'] })).toEqual({
            kind: 'match_key',
            id: 'hh_3'
        });
        expect(
            decideMatch({ externalIdCandidates: [], matchKeyCandidates: ['hh_3', 'hh_4'] })
        ).toEqual({
            kind: 'ambiguous',
            candidates: ['hh_3', 'hh_4']
        });
    });

    it('when the same Salesforce record is listed by 15 and 18 characters, then it counts once', () => {
        expect(
            decideMatch({
                externalIdCandidates: [],
                matchKeyCandidates: ['001000000000001', '001000000000001AAA']
            })
        ).toEqual({ kind: 'match_key', id: '001000000000001AAA' });
        expect(
            decideMatch({
                linkedId: '001000000000001',
                externalIdCandidates: [],
                matchKeyCandidates: []
            })
        ).toEqual({
            kind: 'linked',
            id: '001000000000001AAA'
        });
    });

    it('when nothing is found, then there is no match', () => {
        expect(decideMatch({ externalIdCandidates: [], matchKeyCandidates: [] })).toEqual({
            kind: 'none'
        });
    });
});
