import { validationFailed } from './domain-error.js';
import { isLocalDate } from './time.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  limit?: number;
  cursor?: string;
}

/** A keyset position: the sort value of the last row returned and its id, as tie-breaker. */
export interface CursorPosition {
  key: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

/** What a list is ordered by, so a cursor's key can be checked before it reaches SQL. */
export type CursorKeyKind = 'integer' | 'date' | 'instant' | 'text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;

const KEY_CHECKS: Record<CursorKeyKind, (key: string) => boolean> = {
  integer: (key) => /^\d{1,18}$/.test(key),
  date: (key) => isLocalDate(key),
  instant: (key) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(key) && !Number.isNaN(Date.parse(key)),
  text: (key) => key.length <= 1000 && !CONTROL.test(key),
};

/**
 * Reads a cursor this API wrote. A tampered or made-up one is a 400, never a query error:
 * its id must be a UUID and its key must be of the list's sort type.
 */
export function decodeCursor(cursor: string, kind: CursorKeyKind): CursorPosition {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && typeof id === 'string' && UUID.test(id) && KEY_CHECKS[kind](key))
      return { key, id };
  } catch {
    // fall through to the validation error
  }
  throw validationFailed([
    { field: 'cursor', constraint: 'isCursor', message: 'cursor is not one this API returned' },
  ]);
}

/**
 * Builds a page from `limit + 1` rows fetched in keyset order: the extra row only tells
 * whether another page exists.
 */
export function toPage<T>(
  rows: T[],
  limit: number,
  positionOf: (row: T) => CursorPosition,
): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(positionOf(last)) : null };
}

export function pageSize(request: PageRequest): number {
  return Math.min(request.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

/** A query builder that can be ordered, limited and filtered (TypeORM's SelectQueryBuilder). */
interface OrderableQuery<T> {
  orderBy(sort: string, order?: 'ASC' | 'DESC'): this;
  andWhere(where: string, parameters?: Record<string, unknown>): this;
  take(limit?: number): this;
  getMany(): Promise<T[]>;
}

/**
 * Pages a query on one unique column (an email, a sequence number): orders by it, continues
 * after the cursor's key, and fetches one row more than the page to know if another follows.
 */
export async function pageByUniqueColumn<T>(
  query: OrderableQuery<T>,
  request: PageRequest,
  column: {
    expression: string;
    keyKind: CursorKeyKind;
    keyOf: (row: T) => string;
    idOf: (row: T) => string;
    descending?: boolean;
  },
): Promise<Page<T>> {
  const limit = pageSize(request);
  query.orderBy(column.expression, column.descending ? 'DESC' : 'ASC').take(limit + 1);
  if (request.cursor) {
    query.andWhere(`${column.expression} ${column.descending ? '<' : '>'} :pageAfter`, {
      pageAfter: decodeCursor(request.cursor, column.keyKind).key,
    });
  }
  return toPage(await query.getMany(), limit, (row) => ({
    key: column.keyOf(row),
    id: column.idOf(row),
  }));
}
