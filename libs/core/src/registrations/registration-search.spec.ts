import { SEARCH_MAX_TERMS, searchTerms } from './registration-search.js';

describe('searchTerms', () => {
  it('is empty for no search or blank input', () => {
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('  \u00a0 ')).toEqual([]);
  });

  it('splits on any whitespace and keeps letters as typed (PostgreSQL folds them)', () => {
    expect(searchTerms('  Nguyễn   Ánh ')).toEqual(['Nguyễn', 'Ánh']);
    expect(searchTerms('lan@gofar.test')).toEqual(['lan@gofar.test']);
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(searchTerms('50%_off\\x')).toEqual(['50\\%\\_off\\\\x']);
  });

  it('keeps at most the first few words', () => {
    expect(searchTerms('a b c d e f g')).toHaveLength(SEARCH_MAX_TERMS);
  });
});
