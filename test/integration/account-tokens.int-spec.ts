import {
  AccountLifecycleService,
  AccountService,
  BrowserSessionService,
  type User,
} from '#core/accounts/index.js';
import { newUsers } from '../support/core-factories.js';
import { CoreTestingModule } from '../support/core-testing-module.js';

/** Browser sessions, token versions and link tokens, against PostgreSQL. */
describe('sessions and link tokens', () => {
  let core: CoreTestingModule;
  let sessions: BrowserSessionService;
  let lifecycle: AccountLifecycleService;
  let accounts: AccountService;
  let people: User[];
  let next = 0;
  const person = () => people[next++]!;

  beforeAll(async () => {
    core = await CoreTestingModule.start();
    sessions = core.get(BrowserSessionService);
    lifecycle = core.get(AccountLifecycleService);
    accounts = core.get(AccountService);
    people = await newUsers(core, 12, { label: 'member' });
  });
  afterAll(() => core.stop());

  describe('browser sessions', () => {
    it('resolve to their user until revoked, and only with their own secret', async () => {
      const user = person();
      const opened = await sessions.open(user);
      expect(await sessions.resolve(opened.cookieValue)).toMatchObject({
        sessionId: opened.sessionId,
        user: { id: user.id, email: user.email, tokenVersion: 0 },
      });
      const [id, secret] = opened.cookieValue.split('.') as [string, string];
      const other = await sessions.open(user);
      const otherSecret = other.cookieValue.split('.')[1]!;
      expect(await sessions.resolve(`${id}.${otherSecret}`)).toBeNull();
      expect(await sessions.resolve(`${id}.${secret}x`)).toBeNull();

      await sessions.revoke(opened.sessionId, user.id);
      expect(await sessions.resolve(opened.cookieValue)).toBeNull();
      expect(await sessions.resolve(other.cookieValue)).not.toBeNull();
    });

    it('stop at their expiry', async () => {
      const user = person();
      const opened = await sessions.open(user);
      await core.query(
        `UPDATE browser_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [opened.sessionId],
      );
      expect(await sessions.resolve(opened.cookieValue)).toBeNull();
    });

    it('stop when the user’s token version rises, and later ones work', async () => {
      const user = person();
      const before = await sessions.open(user);
      await accounts.revokeEverySession(user);
      expect(await sessions.resolve(before.cookieValue)).toBeNull();
      const current = (await accounts.findById(user.id))!;
      expect(current.tokenVersion).toBe(1);
      const after = await sessions.open(current);
      expect((await sessions.resolve(after.cookieValue))?.user.tokenVersion).toBe(1);
      // Revoked explicitly too, not only outdated.
      const [row] = await core.query<{ revoked_at: Date | null }>(
        'SELECT revoked_at FROM browser_sessions WHERE id = $1',
        [before.sessionId],
      );
      expect(row!.revoked_at).not.toBeNull();
    });
  });

  describe('link tokens', () => {
    it('work once, even when used at the same moment twice', async () => {
      const user = person();
      const token = await lifecycle.issueToken(user.id, 'email_verification');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 5 }, () => lifecycle.verifyEmail(token)),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes.filter((outcome) => outcome.status === 'rejected'))
        expect((outcome as PromiseRejectedResult).reason).toMatchObject({ code: 'TOKEN_INVALID' });
      expect((await accounts.findById(user.id))!.emailVerifiedAt).not.toBeNull();
    });

    it('void the user’s earlier unused tokens of their kind only', async () => {
      const user = person();
      const firstReset = await lifecycle.issueToken(user.id, 'password_reset');
      const verification = await lifecycle.issueToken(user.id, 'email_verification');
      const secondReset = await lifecycle.issueToken(user.id, 'password_reset');
      await expect(lifecycle.resetPassword(firstReset, 'a new passphrase')).rejects.toMatchObject({
        code: 'TOKEN_INVALID',
      });
      await expect(lifecycle.verifyEmail(verification)).resolves.toMatchObject({ id: user.id });
      const reset = await lifecycle.resetPassword(secondReset, 'a new passphrase');
      expect(reset.tokenVersion).toBe(1);
      // Another user's tokens are untouched.
      const other = person();
      const theirs = await lifecycle.issueToken(other.id, 'password_reset');
      await lifecycle.issueToken(user.id, 'password_reset');
      await expect(lifecycle.resetPassword(theirs, 'their new passphrase')).resolves.toMatchObject({
        id: other.id,
      });
    });

    it('are not accepted for the other kind, nor after their lifetime', async () => {
      const user = person();
      const verification = await lifecycle.issueToken(user.id, 'email_verification');
      await expect(lifecycle.resetPassword(verification, 'a new passphrase')).rejects.toMatchObject(
        { code: 'TOKEN_INVALID' },
      );
      const issuedLongAgo = await lifecycle.issueToken(
        user.id,
        'password_reset',
        Date.now() - 3600 * 1000 - 1000,
      );
      await expect(
        lifecycle.resetPassword(issuedLongAgo, 'a new passphrase'),
      ).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
      const [row] = await core.query<{ n: string }>(
        `SELECT count(*) AS n FROM account_tokens WHERE user_id = $1 AND token_hash IN ($2, $3)`,
        [user.id, verification, issuedLongAgo],
      );
      // Stored as hashes only.
      expect(Number(row!.n)).toBe(0);
    });
  });
});
