/** The longest `q` the registrant search accepts, and how many words of it count. */
export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_MAX_TERMS = 5;

/**
 * The words of a registrant search, each escaped for a `LIKE` pattern (`\`, `%` and `_` match
 * themselves). Every word must appear in the registrant's name or email: "nguyen anh" finds
 * "Nguyễn Thị Ánh". Folding (case, accents, đ) happens in PostgreSQL, on both sides, with the
 * same function as the index (`gofar_fold`). Blank input is no search.
 */
export function searchTerms(q: string | undefined | null): string[] {
  if (!q) return [];
  return q
    .split(/\s+/u)
    .filter((word) => word.length > 0)
    .slice(0, SEARCH_MAX_TERMS)
    .map((word) => word.replace(/[\\%_]/g, (character) => `\\${character}`));
}
