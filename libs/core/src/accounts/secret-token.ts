import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Bytes of randomness in every secret handed out (sessions, links): 256 bits. */
const SECRET_BYTES = 32;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** base64url of SECRET_BYTES bytes, without padding. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/** A fresh random secret, base64url. Only its hash is ever stored. */
export const newSecret = (): string => randomBytes(SECRET_BYTES).toString('base64url');

/** What the database keeps of a secret: its SHA-256, hex. */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('hex');

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** Whether a string could be a secret we handed out (checked before any lookup). */
export const isWellFormedSecret = (value: string): boolean => SECRET.test(value);

/** A browser session's cookie value: which session, and the secret that proves it. */
export interface SessionCredentials {
  sessionId: string;
  secret: string;
}

/** `<sessionId>.<secret>`, the value of the `gofar_session` cookie. */
export const formatSessionValue = ({ sessionId, secret }: SessionCredentials): string =>
  `${sessionId}.${secret}`;

/** The parts of a cookie value, or null for anything we cannot have issued. */
export function parseSessionValue(value: string | undefined | null): SessionCredentials | null {
  if (!value) return null;
  const parts = value.split('.');
  if (parts.length !== 2) return null;
  const [sessionId, secret] = parts as [string, string];
  if (!UUID.test(sessionId) || !isWellFormedSecret(secret)) return null;
  return { sessionId: sessionId.toLowerCase(), secret };
}
