import { validationFailed } from './domain-error.js';

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

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && typeof id === 'string') return { key, id };
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
