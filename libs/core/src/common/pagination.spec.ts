import { DomainError } from './domain-error.js';
import { decodeCursor, encodeCursor, pageSize, toPage } from './pagination.js';

describe('keyset pagination', () => {
  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor({ key: '2027-07-12', id: 'abc' }))).toEqual({
      key: '2027-07-12',
      id: 'abc',
    });
  });

  it('refuses a cursor it did not make', () => {
    for (const bogus of [
      'bogus',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bogus)).toThrow(DomainError);
    }
  });

  it('uses the extra row only to tell that more exist', () => {
    const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const page = toPage(rows, 2, (row) => ({ key: String(row.n), id: String(row.n) }));
    expect(page.items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(decodeCursor(page.nextCursor!)).toEqual({ key: '2', id: '2' });
    expect(
      toPage(rows, 3, (row) => ({ key: String(row.n), id: String(row.n) })).nextCursor,
    ).toBeNull();
  });

  it('defaults to 50 and caps at 500', () => {
    expect(pageSize({})).toBe(50);
    expect(pageSize({ limit: 9999 })).toBe(500);
  });
});
