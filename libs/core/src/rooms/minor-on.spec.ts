import { isMinorOn } from './minor-on.js';

describe('a minor on the check-in date', () => {
  it('is an adult from the eighteenth birthday on, not the day before', () => {
    expect(isMinorOn('2009-07-12', '2027-07-11')).toBe(true);
    expect(isMinorOn('2009-07-12', '2027-07-12')).toBe(false);
    expect(isMinorOn('2009-07-12', '2027-07-13')).toBe(false);
  });

  it('counts calendar years, not 365-day years (leap days between do not shift the birthday)', () => {
    // 18 × 365 days after 2008-01-01 falls on 2025-12-27, still a minor on the calendar.
    expect(isMinorOn('2008-01-01', '2025-12-28')).toBe(true);
    expect(isMinorOn('2008-01-01', '2026-01-01')).toBe(false);
  });

  it('makes someone born on 29 February an adult on 1 March of a year without one', () => {
    expect(isMinorOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(isMinorOn('2008-02-29', '2026-03-01')).toBe(false);
  });
});
