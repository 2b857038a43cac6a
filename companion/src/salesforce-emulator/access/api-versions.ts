/**
 * The REST API versions the emulated org serves and their release names.
 * Since Winter '15 (32.0) Salesforce has shipped three releases a year,
 * Winter, Spring, Summer, each one version up, so labels follow from numbers.
 */

export interface ApiVersionRange {
    oldest: number;
    newest: number;
}

/** Summer '14 through Summer '25. */
export const DEFAULT_API_VERSIONS: ApiVersionRange = { oldest: 31, newest: 64 };

export interface ApiVersionEntry {
    label: string;
    url: string;
    version: string;
}

const SEASONS = ['Winter', 'Spring', 'Summer'] as const;
const WINTER_15 = 32;

export function releaseLabel(major: number): string {
    const releasesSinceWinter15 = major - WINTER_15;
    const season = SEASONS[((releasesSinceWinter15 % 3) + 3) % 3] ?? 'Winter';
    const year = 15 + Math.floor(releasesSinceWinter15 / 3);
    return `${season} '${String(year).padStart(2, '0')}`;
}

export function listApiVersions(range: ApiVersionRange): ApiVersionEntry[] {
    const entries: ApiVersionEntry[] = [];
    for (let major = range.oldest; major <= range.newest; major++) {
        const version = `${major}.0`;
        entries.push({ label: releaseLabel(major), url: `/services/data/v${version}`, version });
    }
    return entries;
}

/** True for `NN.0` within the range; Salesforce has never shipped a minor version. */
export function isSupportedVersion(version: string, range: ApiVersionRange): boolean {
    const match = /^(\d{1,3})\.0$/.exec(version);
    if (!match?.[1]) return false;
    const major = Number(match[1]);
    return major >= range.oldest && major <= range.newest;
}

/** The resource directory `GET /services/data/vNN.0` returns. */
export function apiResources(version: string, identityUrl: string): Record<string, string> {
    const base = `/services/data/v${version}`;
    const names = [
        'tooling',
        'metadata',
        'eclair',
        'folders',
        'chatter',
        'tabs',
        'appMenu',
        'quickActions',
        'queryAll',
        'commerce',
        'wave',
        'iot',
        'analytics',
        'search',
        'composite',
        'parameterizedSearch',
        'theme',
        'nouns',
        'event',
        'serviceTemplates',
        'recent',
        'connect',
        'licensing',
        'limits',
        'process',
        'async-queries',
        'query',
        'match',
        'emailConnect',
        'compactLayouts',
        'knowledgeManagement',
        'sobjects',
        'actions',
        'support'
    ];
    const resources: Record<string, string> = { identity: identityUrl };
    for (const name of names) resources[name] = `${base}/${name}`;
    return resources;
}
