/**
 * Change-feed cursors are opaque to clients but carry the database they came
 * from, the object they follow and the last sequence handed out, so a cursor
 * that was tampered with, belongs to another object, or comes from another
 * emulator database is refused instead of silently skipping or replaying.
 */
import { z } from 'zod';

const cursorShape = z.object({
    v: z.literal(1),
    db: z.string(),
    object: z.string(),
    seq: z.number().int().nonnegative()
});

export interface CursorPosition {
    instanceId: string;
    object: string;
    sequence: number;
}

export function encodeCursor(position: CursorPosition): string {
    const payload = {
        v: 1,
        db: position.instanceId,
        object: position.object,
        seq: position.sequence
    };
    return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The sequence to read after, or undefined when the cursor is not one of ours for this object. */
export function decodeCursor(
    cursor: string,
    expected: { instanceId: string; object: string; lastSequence: number }
): number | undefined {
    if (!/^[A-Za-z0-9_-]{1,512}$/.test(cursor)) return undefined;

    let payload: unknown;
    try {
        payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
        return undefined;
    }

    const parsed = cursorShape.safeParse(payload);
    if (!parsed.success) return undefined;

    const { db, object, seq } = parsed.data;
    const ours = db === expected.instanceId && object === expected.object;
    if (!ours || seq > expected.lastSequence) return undefined;
    return seq;
}
