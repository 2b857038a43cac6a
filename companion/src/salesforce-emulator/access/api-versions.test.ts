import { isSupportedVersion, listApiVersions, releaseLabel } from './api-versions';

describe('API versions', () => {
    it.each([
        [31, "Summer '14"],
        [32, "Winter '15"],
        [33, "Spring '15"],
        [50, "Winter '21"],
        [58, "Summer '23"],
        [62, "Winter '25"],
        [64, "Summer '25"]
    ])('when the version is %i.0, then its release is %s', (major, label) => {
        expect(releaseLabel(major)).toBe(label);
    });

    it('when a range is listed, then it runs oldest to newest with relative URLs', () => {
        expect(listApiVersions({ oldest: 40, newest: 41 })).toEqual([
            { label: "Summer '17", url: '/services/data/v40.0', version: '40.0' },
            { label: "Winter '18", url: '/services/data/v41.0', version: '41.0' }
        ]);
    });

    it.each(['31.0', '64.0'])('when the version is %s, then it is served', (version) => {
        expect(isSupportedVersion(version, { oldest: 31, newest: 64 })).toBe(true);
    });

    it.each(['30.0', '65.0', '50', '50.5', '050.0x', ''])(
        'when the version is "%s", then it is not',
        (version) => {
            expect(isSupportedVersion(version, { oldest: 31, newest: 64 })).toBe(false);
        }
    );
});
