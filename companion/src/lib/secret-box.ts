/**
 * Secrets at rest: tokens, refresh tokens, private keys and API keys are
 * sealed with AES-256-GCM before they reach the store. Each value gets its
 * own random 12-byte IV and the GCM tag is checked on opening, so a wrong
 * key or an edited value is refused loudly instead of decrypting to garbage.
 *
 * Sealed format (versioned so the scheme can change without guessing):
 *   v1:<iv>:<tag>:<ciphertext>   (each part base64url)
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Deliberately says nothing about the value: messages may end up in logs. */
export class SecretBoxError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'SecretBoxError';
    }
}

export class SecretBox {
    private readonly key: Buffer;

    constructor(key: Buffer) {
        if (key.length !== KEY_BYTES)
            throw new SecretBoxError(
                `the encryption key must be ${KEY_BYTES} bytes, not ${key.length}`
            );
        this.key = Buffer.from(key);
    }

    seal(plaintext: string): string {
        const iv = randomBytes(IV_BYTES);
        const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
        const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
        const tag = cipher.getAuthTag();
        return [VERSION, iv, tag, ciphertext]
            .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
            .join(':');
    }

    open(sealed: string): string {
        const { iv, tag, ciphertext } = parseSealed(sealed);
        const decipher = createDecipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
        decipher.setAuthTag(tag);
        try {
            return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
        } catch {
            throw new SecretBoxError(
                'a stored secret could not be decrypted: wrong COMPANION_ENCRYPTION_KEY, or the stored value was altered'
            );
        }
    }
}

function parseSealed(sealed: string): { iv: Buffer; tag: Buffer; ciphertext: Buffer } {
    const parts = sealed.split(':');
    if (parts[0] !== VERSION)
        throw new SecretBoxError('a stored secret has an unknown format version');
    if (parts.length !== 4) throw new SecretBoxError('a stored secret is malformed');

    const [, ivText = '', tagText = '', cipherText = ''] = parts;
    const base64url = /^[A-Za-z0-9_-]*$/;
    if (![ivText, tagText, cipherText].every((part) => base64url.test(part)))
        throw new SecretBoxError('a stored secret is malformed');

    const iv = Buffer.from(ivText, 'base64url');
    const tag = Buffer.from(tagText, 'base64url');
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES)
        throw new SecretBoxError('a stored secret is malformed');
    return { iv, tag, ciphertext: Buffer.from(cipherText, 'base64url') };
}

/**
 * COMPANION_ENCRYPTION_KEY is 32 random bytes in base64 (standard or url-safe),
 * e.g. from `openssl rand -base64 32`. Anything else is refused rather than
 * stretched, so a typo cannot silently become a weak key.
 */
export function parseEncryptionKey(text: string): Buffer {
    const trimmed = text.trim();
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed))
        throw new SecretBoxError('the encryption key must be base64');
    const key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length !== KEY_BYTES)
        throw new SecretBoxError(
            `the encryption key must decode to ${KEY_BYTES} bytes, not ${key.length}`
        );
    return key;
}

export function generateEncryptionKey(): string {
    return randomBytes(KEY_BYTES).toString('base64');
}
