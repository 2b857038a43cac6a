/**
 * Where the companion's encryption key comes from: COMPANION_ENCRYPTION_KEY
 * when set (required with real credentials), otherwise, on the embedded
 * default, a key made once per data directory and kept beside the data,
 * readable only by its owner (as the local API secret is).
 */
import fs from 'node:fs';
import path from 'node:path';

import { SecretBox, generateEncryptionKey, parseEncryptionKey } from './secret-box';

export const LOCAL_KEY_FILE = 'companion-encryption-key';

export function localEncryptionKey(dataDir: string): string {
    const file = path.join(dataDir, LOCAL_KEY_FILE);
    fs.mkdirSync(dataDir, { recursive: true });
    try {
        // 'wx' fails when the file exists, so two processes starting at once keep one key.
        fs.writeFileSync(file, generateEncryptionKey(), { mode: 0o600, flag: 'wx' });
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return fs.readFileSync(file, 'utf8').trim();
}

export function secretBoxFor(configuredKey: string | undefined, dataDir: string): SecretBox {
    return new SecretBox(parseEncryptionKey(configuredKey ?? localEncryptionKey(dataDir)));
}
