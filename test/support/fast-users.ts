import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { hashPassword } from '#core/accounts/index.js';
import type { Account } from './factories.js';
import { PASSWORD } from './factories.js';
import { query } from './databases.js';
import { TEST_JWT_SECRET } from './test-environment.js';

let sharedHash: Promise<string> | undefined;

/**
 * Many accounts at once, straight into the database with one shared password hash, and their
 * tokens signed with the run's JWT secret. For tests about what accounts do (registering by
 * the hundred), where paying scrypt per account over HTTP would only add minutes.
 */
export async function fastUsers(
  databaseUrl: string,
  count: number,
  label = 'person',
  names?: string[],
): Promise<Account[]> {
  sharedHash ??= hashPassword(PASSWORD);
  const hash = await sharedHash;
  const batch = randomBytes(3).toString('hex');
  const emails = Array.from(
    { length: count },
    (_, index) => `${label}-${batch}-${index}@gofar.test`,
  );
  const fullNames = Array.from(
    { length: count },
    (_, index) => names?.[index] ?? `${label} ${batch} ${index}`,
  );
  const rows = await query<{ id: string; email: string; full_name: string }>(
    databaseUrl,
    `INSERT INTO users (email, full_name, password_hash)
     SELECT email, full_name, $3 FROM unnest($1::text[], $2::text[]) AS t(email, full_name)
     RETURNING id, email, full_name`,
    [emails, fullNames, hash],
  );
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  return emails.map((email) => {
    const row = byEmail.get(email)!;
    return {
      id: row.id,
      email,
      fullName: row.full_name,
      token: jwt.sign({ sub: row.id }, TEST_JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 }),
    };
  });
}
