import { DomainError } from './domain-error.js';
import { decodeCursor, encodeCursor, pageSize, toPage } from './pagination.js';

describe('keyset pagination', () => {
  const id = '0b9d7c1e-6a4f-4b8e-9c2d-1f3e5a7b9c0d';
  const cursor = (key: unknown, rowId: unknown = id) =>
    Buffer.from(JSON.stringify([key, rowId])).toString('base64url');

  it('round-trips a cursor', () => {
    expect(decodeCursor(encodeCursor({ key: '2027-07-12', id }), 'date')).toEqual({
      key: '2027-07-12',
      id,
    });
  });

  it('refuses a cursor it did not make', () => {
    for (const bogus of [
      'bogus',
      '%00',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bogus, 'text')).toThrow(DomainError);
    }
  });

  it.each([
    ['integer', 'abc'],
    ['integer', '1e3'],
    ['integer', '99999999999999999999'],
    ['date', '0000-01-01'],
    ['date', '2027-02-30'],
    ['instant', 'yesterday'],
    ['instant', '2027-07-12T09:00:00+99:99'],
    ['text', 'a\u0000b'],
  ] as const)('refuses a %s key %p that would fail in SQL', (kind, key) => {
    expect(() => decodeCursor(cursor(key), kind)).toThrow(DomainError);
  });

  it('refuses an id that is not a UUID', () => {
    expect(() => decodeCursor(cursor('12', 'not-a-uuid'), 'integer')).toThrow(DomainError);
    expect(decodeCursor(cursor('12'), 'integer')).toEqual({ key: '12', id });
  });

  it('uses the extra row only to tell that more exist', () => {
    const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const page = toPage(rows, 2, (row) => ({ key: String(row.n), id: String(row.n) }));
    expect(page.items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(JSON.parse(Buffer.from(page.nextCursor!, 'base64url').toString())).toEqual(['2', '2']);
    expect(
      toPage(rows, 3, (row) => ({ key: String(row.n), id: String(row.n) })).nextCursor,
    ).toBeNull();
  });

  it('defaults to 50 and caps at 500', () => {
    expect(pageSize({})).toBe(50);
    expect(pageSize({ limit: 9999 })).toBe(500);
  });
});
