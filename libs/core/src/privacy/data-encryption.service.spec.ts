import { randomBytes } from 'node:crypto';
import { loadConfig } from '#config/index.js';
import { DataEncryptionService, DecryptionError } from './data-encryption.service.js';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');
const service = (keys: string) =>
  new DataEncryptionService(loadConfig({ DATA_ENCRYPTION_KEYS: keys }));

describe('DataEncryptionService', () => {
  const registrationId = '0b6f6f7e-3a35-4b51-9f1a-1b2c3d4e5f60';

  it('round-trips a value with the first key and stores its id, never the value in clear', () => {
    const encryption = service(`a:${keyA},b:${keyB}`);
    const stored = encryption.encrypt('C1234567', registrationId);
    expect(stored.keyId).toBe('a');
    expect(stored.ciphertext).not.toContain('C1234567');
    expect(Buffer.from(stored.ciphertext, 'base64').toString('latin1')).not.toContain('C1234567');
    expect(encryption.decrypt(stored, registrationId)).toBe('C1234567');
    // A fresh IV each time: the same number twice is two different ciphertexts.
    expect(encryption.encrypt('C1234567', registrationId).ciphertext).not.toBe(stored.ciphertext);
  });

  it('decrypts with any listed key, so a rotation keeps old values readable', () => {
    const old = service(`b:${keyB}`).encrypt('N9876543', registrationId);
    expect(service(`a:${keyA},b:${keyB}`).decrypt(old, registrationId)).toBe('N9876543');
  });

  it('fails with a wrong key, an unknown key id, another registration or an altered value', () => {
    const stored = service(`a:${keyA}`).encrypt('C1234567', registrationId);
    expect(() => service(`a:${keyB}`).decrypt(stored, registrationId)).toThrow(DecryptionError);
    expect(() => service(`b:${keyB}`).decrypt(stored, registrationId)).toThrow(DecryptionError);
    expect(() =>
      service(`a:${keyA}`).decrypt(stored, '11111111-1111-4111-8111-111111111111'),
    ).toThrow(DecryptionError);
    const raw = Buffer.from(stored.ciphertext, 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() =>
      service(`a:${keyA}`).decrypt(
        { ...stored, ciphertext: raw.toString('base64') },
        registrationId,
      ),
    ).toThrow(DecryptionError);
  });

  it('names the key, never the value, when decryption fails', () => {
    const stored = service(`a:${keyA}`).encrypt('C1234567', registrationId);
    let message = '';
    try {
      service(`a:${keyB}`).decrypt(stored, registrationId);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('"a"');
    expect(message).not.toContain('C1234567');
    expect(message).not.toContain(keyB);
  });
});
