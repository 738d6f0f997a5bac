import { describeError, errorSummary, maskValues } from './log-safe-error.js';

describe('log-safe errors', () => {
  it('masks the values PostgreSQL quotes in its messages', () => {
    expect(maskValues('invalid input syntax for type uuid: "not-a-uuid-Ngoc"')).toBe(
      'invalid input syntax for type uuid: "…"',
    );
    expect(maskValues('Key (email)=(lan.nguyen@example.vn) already exists.')).toBe(
      'Key (email)=(…) already exists.',
    );
    expect(maskValues("unterminated 'Ha Noi 0912 345 678' here")).toBe("unterminated '…' here");
    expect(maskValues('550 5.1.1 <lan.nguyen@example.vn>: no such user')).toBe(
      '550 5.1.1 <[email]>: no such user',
    );
    expect(maskValues("the worker can't reach it")).toBe("the worker can't reach it");
  });

  it('gives the code and the names PostgreSQL reports, never the detail or parameters', () => {
    const error = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_key"'),
      {
        name: 'QueryFailedError',
        parameters: ['lan.nguyen@example.vn', 'scrypt$secret'],
        driverError: {
          code: '23505',
          table: 'users',
          constraint: 'users_email_key',
          detail: 'Key (email)=(lan.nguyen@example.vn) already exists.',
        },
      },
    );
    const description = describeError(error);
    expect(description).toEqual({
      type: 'QueryFailedError',
      code: '23505',
      message: 'duplicate key value violates unique constraint "…"',
      table: 'users',
      constraint: 'users_email_key',
    });
    expect(errorSummary(error)).toBe(
      'QueryFailedError [23505]: duplicate key value violates unique constraint "…" (table users, constraint users_email_key)',
    );
    expect(JSON.stringify(describeError(error, true))).not.toMatch(/lan\.nguyen|scrypt/);
  });
});
