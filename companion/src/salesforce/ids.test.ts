import { checksumSuffix, isSalesforceId, makeSalesforceId, toId18 } from './ids';

describe('Salesforce Ids', () => {
    it('when given the documented 15-character example, then appends its checksum', () => {
        expect(checksumSuffix('a0RE000000IJmcN')).toBe('MAT');
        expect(toId18('0015500001QdQWa')).toBe('0015500001QdQWaAAN');
    });

    it('when an 18-character Id has a wrong suffix, then it is not an Id', () => {
        expect(isSalesforceId('0015500001QdQWaAAN')).toBe(true);
        expect(isSalesforceId('0015500001QdQWaAAB')).toBe(false);
        expect(isSalesforceId('001550000')).toBe(false);
        expect(toId18('not-an-id-at-all')).toBeUndefined();
    });

    it('when minting Ids, then they are 18 characters, valid and distinct', () => {
        const first = makeSalesforceId('003', '5g', 1);
        const second = makeSalesforceId('003', '5g', 62);
        expect(first).toHaveLength(18);
        expect(first.startsWith('0035g')).toBe(true);
        expect(isSalesforceId(first)).toBe(true);
        expect(second).not.toBe(first);
    });
});
