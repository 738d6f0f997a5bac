import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, type DataEncryptionKey } from '#config/index.js';

/** A value encrypted at rest: `base64(iv ‖ tag ‖ ciphertext)` and the id of its key. */
export interface EncryptedValue {
  ciphertext: string;
  keyId: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A value that cannot be decrypted: unknown key id, wrong key, altered or moved to another row. */
export class DecryptionError extends Error {
  constructor(readonly keyId: string) {
    // Says which key, never anything about the value.
    super(`A value encrypted with key "${keyId}" could not be decrypted`);
    this.name = 'DecryptionError';
  }
}

/**
 * AES-256-GCM with a fresh 96-bit IV per value. `boundTo` (the registration id) is the
 * additional authenticated data, so a ciphertext copied onto another person's row does not
 * decrypt.
 */
export function encryptWith(
  key: DataEncryptionKey,
  plaintext: string,
  boundTo: string,
): EncryptedValue {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'),
    keyId: key.id,
  };
}

export function decryptWith(
  key: DataEncryptionKey,
  value: EncryptedValue,
  boundTo: string,
): string {
  try {
    const raw = Buffer.from(value.ciphertext, 'base64');
    if (raw.length < IV_BYTES + TAG_BYTES) throw new Error('too short');
    const decipher = createDecipheriv('aes-256-gcm', key.key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new DecryptionError(value.keyId);
  }
}

/**
 * Encrypts personal values at rest with the keys of DATA_ENCRYPTION_KEYS: the first key
 * encrypts, every key decrypts (so keys can be rotated: add a new first key, re-encrypt, then
 * drop the old one).
 */
@Injectable()
export class DataEncryptionService {
  private readonly keys: Map<string, DataEncryptionKey>;
  private readonly current: DataEncryptionKey;

  constructor(config: AppConfig) {
    if (!config.dataEncryptionKeys.length) throw new Error('DATA_ENCRYPTION_KEYS holds no key');
    this.current = config.dataEncryptionKeys[0];
    this.keys = new Map(config.dataEncryptionKeys.map((key) => [key.id, key]));
  }

  /** The id of the key new values are encrypted with. */
  get currentKeyId(): string {
    return this.current.id;
  }

  encrypt(plaintext: string, boundTo: string): EncryptedValue {
    return encryptWith(this.current, plaintext, boundTo);
  }

  decrypt(value: EncryptedValue, boundTo: string): string {
    const key = this.keys.get(value.keyId);
    if (!key) throw new DecryptionError(value.keyId);
    return decryptWith(key, value, boundTo);
  }
}
