import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { SecretBox, SecretBoxError, generateEncryptionKey, parseEncryptionKey } from './secret-box';
import { LOCAL_KEY_FILE, localEncryptionKey, secretBoxFor } from './secret-box-key';

const box = new SecretBox(parseEncryptionKey(generateEncryptionKey()));

function flipCharacter(text: string, index: number): string {
    const replacement = text[index] === 'A' ? 'B' : 'A';
    return `${text.slice(0, index)}${replacement}${text.slice(index + 1)}`;
}

describe('secrets at rest', () => {
    it('when a secret is sealed and opened with the same key, then it comes back unchanged and never appears in the sealed text', () => {
        const secret = '00D5g000004CDEF!AQ8AQ.refresh-token-with-üñíçødé';
        const sealed = box.seal(secret);

        expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
        expect(sealed).not.toContain('refresh-token');
        expect(box.open(sealed)).toBe(secret);
    });

    it('when the same secret is sealed twice, then the IVs and sealed texts differ', () => {
        const first = box.seal('same');
        const second = box.seal('same');
        expect(first.split(':')[1]).not.toBe(second.split(':')[1]);
        expect(first).not.toBe(second);
    });

    it('when a sealed value is opened with another key, then a clear error says so instead of garbage', () => {
        const other = new SecretBox(parseEncryptionKey(generateEncryptionKey()));
        expect(() => other.open(box.seal('token'))).toThrow(
            new SecretBoxError(
                'a stored secret could not be decrypted: wrong COMPANION_ENCRYPTION_KEY, or the stored value was altered'
            )
        );
    });

    it('when any part of a sealed value is altered, then opening it fails the tag check', () => {
        const sealed = box.seal('a refresh token');
        const [version, iv = '', tag = '', ciphertext = ''] = sealed.split(':');
        const tampered = [
            [version, flipCharacter(iv, 3), tag, ciphertext],
            [version, iv, flipCharacter(tag, 3), ciphertext],
            [version, iv, tag, flipCharacter(ciphertext, 2)]
        ].map((parts) => parts.join(':'));

        for (const value of tampered) expect(() => box.open(value)).toThrow(SecretBoxError);
    });

    it('when a sealed value has an unknown version or shape, then it is refused as malformed', () => {
        expect(() => box.open('v2:a:b:c')).toThrow(/unknown format version/);
        expect(() => box.open('plain-token')).toThrow(/unknown format version/);
        expect(() => box.open('v1:only:three')).toThrow(/malformed/);
        expect(() => box.open('v1:!!:b:c')).toThrow(/malformed/);
        expect(() => box.open('v1:AAAA:AAAA:AAAA')).toThrow(/malformed/);
    });

    it('when a key is not 32 base64 bytes, then it is refused rather than stretched', () => {
        expect(() => parseEncryptionKey('short')).toThrow(/32 bytes/);
        expect(() => parseEncryptionKey('not base64 at all!')).toThrow(/base64/);
        expect(() => new SecretBox(Buffer.alloc(16))).toThrow(/32 bytes/);
        expect(parseEncryptionKey(Buffer.alloc(32, 1).toString('base64url'))).toHaveLength(32);
    });

    it('when no key is configured, then one is made once in the data directory, readable only by its owner', () => {
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-box-'));
        try {
            const first = localEncryptionKey(dataDir);
            expect(localEncryptionKey(dataDir)).toBe(first);
            expect(fs.statSync(path.join(dataDir, LOCAL_KEY_FILE)).mode & 0o777).toBe(0o600);

            const sealed = secretBoxFor(undefined, dataDir).seal('kept across restarts');
            expect(secretBoxFor(undefined, dataDir).open(sealed)).toBe('kept across restarts');
            expect(() => secretBoxFor(generateEncryptionKey(), dataDir).open(sealed)).toThrow(
                SecretBoxError
            );
        } finally {
            fs.rmSync(dataDir, { recursive: true, force: true });
        }
    });
});
