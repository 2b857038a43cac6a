/**
 * A small seeded generator (mulberry32) so demo data comes out identical on
 * every run and every machine, plus the ULID-like ids Trustworthy uses.
 */

const CROCKFORD_BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export interface SeededRandom {
    /** A float in [0, 1). */
    next(): number;
    int(min: number, max: number): number;
    pick<T>(items: readonly T[]): T;
    chance(probability: number): boolean;
    shuffle<T>(items: readonly T[]): T[];
}

export function createSeededRandom(seed: number): SeededRandom {
    let state = seed >>> 0;

    const next = (): number => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };

    const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

    const pick = <T>(items: readonly T[]): T => {
        if (items.length === 0) throw new Error('cannot pick from an empty list');
        return items[Math.floor(next() * items.length)] as T;
    };

    const shuffle = <T>(items: readonly T[]): T[] => {
        const copy = [...items];
        for (let i = copy.length - 1; i > 0; i--) {
            const j = Math.floor(next() * (i + 1));
            [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
        }
        return copy;
    };

    return { next, int, pick, chance: (probability) => next() < probability, shuffle };
}

/** `prefix` + 26 Crockford base-32 characters, the shape of Trustworthy's ids. */
export function createIdMinter(random: SeededRandom): (prefix: string) => string {
    return (prefix) => {
        let body = '';
        for (let i = 0; i < 26; i++) body += CROCKFORD_BASE32.charAt(random.int(0, 31));
        return prefix + body;
    };
}
