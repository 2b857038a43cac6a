import { signWebhook, verifyWebhook } from './webhook-signature';

const SECRET = 'whsec_0123456789abcdef';
const NOW = new Date('2026-01-15T09:00:00.000Z');
const NOW_SECONDS = NOW.getTime() / 1000;
const BODY = JSON.stringify({
    id: 'ev_1',
    type: 'record.changed',
    object: 'member',
    record_id: 'mb_1',
    sequence: 4
});

function verify(overrides: Partial<Parameters<typeof verifyWebhook>[0]> = {}) {
    return verifyWebhook({
        secret: SECRET,
        header: signWebhook(SECRET, BODY, NOW_SECONDS),
        rawBody: BODY,
        now: NOW,
        ...overrides
    });
}

describe('webhook signatures', () => {
    test('when a fresh delivery is signed with the secret, then it verifies and names its event id', () => {
        expect(verify()).toEqual({ ok: true, eventId: 'ev_1', timestamp: NOW_SECONDS });
        expect(verify({ rawBody: Buffer.from(BODY) })).toMatchObject({ ok: true });
    });

    test('when the signature header is absent or empty, then the reason is missing_signature', () => {
        expect(verify({ header: undefined })).toEqual({ ok: false, reason: 'missing_signature' });
        expect(verify({ header: '' })).toEqual({ ok: false, reason: 'missing_signature' });
    });

    test('when the header is not t=<seconds>,v1=<hex>, then the reason is bad_format', () => {
        for (const header of [
            'v1=abc',
            `t=${NOW_SECONDS}`,
            `t=soon,v1=${'a'.repeat(64)}`,
            `t=${NOW_SECONDS},v1=xyz`,
            'garbage'
        ]) {
            expect(verify({ header })).toEqual({ ok: false, reason: 'bad_format' });
        }
    });

    test('when the timestamp is more than five minutes away, then the reason is timestamp_out_of_range', () => {
        const stale = signWebhook(SECRET, BODY, NOW_SECONDS - 301);
        const future = signWebhook(SECRET, BODY, NOW_SECONDS + 301);

        expect(verify({ header: stale })).toEqual({ ok: false, reason: 'timestamp_out_of_range' });
        expect(verify({ header: future })).toEqual({ ok: false, reason: 'timestamp_out_of_range' });
        expect(verify({ header: signWebhook(SECRET, BODY, NOW_SECONDS - 300) })).toMatchObject({
            ok: true
        });
    });

    test('when the body, timestamp or secret differ from what was signed, then the reason is signature_mismatch', () => {
        expect(verify({ rawBody: BODY.replace('mb_1', 'mb_2') })).toEqual({
            ok: false,
            reason: 'signature_mismatch'
        });
        expect(verify({ secret: 'whsec_other' })).toEqual({
            ok: false,
            reason: 'signature_mismatch'
        });

        const [, signature] = signWebhook(SECRET, BODY, NOW_SECONDS).split(',');
        expect(verify({ header: `t=${NOW_SECONDS - 1},${signature}` })).toEqual({
            ok: false,
            reason: 'signature_mismatch'
        });
    });

    test('when one of several v1 signatures matches (secret rotation), then it verifies', () => {
        const good = signWebhook(SECRET, BODY, NOW_SECONDS).split(',')[1];
        expect(verify({ header: `t=${NOW_SECONDS},v1=${'0'.repeat(64)},${good}` })).toMatchObject({
            ok: true
        });
    });

    test('when the event id was seen before, then the reason is replayed', () => {
        expect(verify({ seenEventIds: new Set(['ev_1']) })).toEqual({
            ok: false,
            reason: 'replayed'
        });
        expect(verify({ seenEventIds: new Set(['ev_0']) })).toMatchObject({ ok: true });
    });

    test('when an authentic body has no event id, then the reason is bad_format', () => {
        const body = JSON.stringify({ type: 'record.changed' });
        expect(verify({ rawBody: body, header: signWebhook(SECRET, body, NOW_SECONDS) })).toEqual({
            ok: false,
            reason: 'bad_format'
        });
    });
});
