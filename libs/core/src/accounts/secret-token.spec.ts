import {
  formatSessionValue,
  hashSecret,
  isWellFormedSecret,
  newSecret,
  parseSessionValue,
  secretMatches,
} from './secret-token.js';

const SESSION_ID = '0b6f5e8e-3c1a-4f3e-9d7a-2a9c1b4e5f60';

describe('secrets handed out in cookies and links', () => {
  it('are 256 random bits, base64url, never the same twice', () => {
    const secrets = new Set(Array.from({ length: 100 }, newSecret));
    expect(secrets.size).toBe(100);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
      expect(isWellFormedSecret(secret)).toBe(true);
    }
  });

  it('are stored as their SHA-256 only, and match only themselves', () => {
    const secret = newSecret();
    const stored = hashSecret(secret);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(secret);
    expect(hashSecret('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(secretMatches(secret, stored)).toBe(true);
    expect(secretMatches(newSecret(), stored)).toBe(false);
    expect(secretMatches(secret, 'not hex')).toBe(false);
  });
});

describe('session cookie values', () => {
  it('round-trip `<sessionId>.<secret>`', () => {
    const secret = newSecret();
    const value = formatSessionValue({ sessionId: SESSION_ID, secret });
    expect(value).toBe(`${SESSION_ID}.${secret}`);
    expect(parseSessionValue(value)).toEqual({ sessionId: SESSION_ID, secret });
    expect(parseSessionValue(value.toUpperCase().replace(secret.toUpperCase(), secret))).toEqual({
      sessionId: SESSION_ID,
      secret,
    });
  });

  it('refuses anything we cannot have issued', () => {
    const secret = newSecret();
    for (const bogus of [
      undefined,
      null,
      '',
      SESSION_ID,
      `${SESSION_ID}.`,
      `.${secret}`,
      `not-a-uuid.${secret}`,
      `${SESSION_ID}.${secret}.extra`,
      `${SESSION_ID}.${secret.slice(1)}`,
      `${SESSION_ID}.${secret.slice(1)}=`,
      `${SESSION_ID}.${secret.slice(1)}+`,
      `${SESSION_ID}';--.${secret}`,
    ])
      expect(parseSessionValue(bogus)).toBeNull();
  });
});
