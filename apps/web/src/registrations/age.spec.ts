import { isMinorOn } from './age';

describe('isMinorOn (under 18 on the first day, as local dates)', () => {
  it('is a minor the day before the 18th birthday, an adult on it', () => {
    expect(isMinorOn('2009-07-12', '2027-07-11')).toBe(true);
    expect(isMinorOn('2009-07-12', '2027-07-12')).toBe(false);
  });

  it('counts a 29 February birthday from 1 March in a common year', () => {
    expect(isMinorOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(isMinorOn('2008-02-29', '2026-03-01')).toBe(false);
    // Eighteen years after a leap year is never one: every 29 February birthday moves.
    expect(isMinorOn('2004-02-29', '2022-02-28')).toBe(true);
    expect(isMinorOn('2004-02-29', '2022-03-01')).toBe(false);
  });

  it('says nothing for an incomplete date', () => {
    expect(isMinorOn('', '2027-07-12')).toBe(false);
  });
});
