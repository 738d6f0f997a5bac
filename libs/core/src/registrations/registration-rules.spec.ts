import { isMinorOn, quotaFor } from './registration-rules.js';

describe('the age rule', () => {
  it('is 18 on the 18th birthday itself', () => {
    expect(isMinorOn('2009-07-12', '2027-07-12')).toBe(false);
    expect(isMinorOn('2009-07-13', '2027-07-12')).toBe(true);
    expect(isMinorOn('2009-07-11', '2027-07-12')).toBe(false);
  });

  // Someone born on 29 February turns 18 in a year that has none (a leap year plus 18 never is one).
  it('counts a 29 February birthday from 1 March', () => {
    expect(isMinorOn('2008-02-29', '2026-02-28')).toBe(true);
    expect(isMinorOn('2008-02-29', '2026-03-01')).toBe(false);
  });
});

describe('quotas', () => {
  it('uses the country quota, else the default, else unlimited', () => {
    const event = { countryQuotas: { VN: 4 }, defaultCountryQuota: 2 };
    expect(quotaFor(event, 'VN')).toBe(4);
    expect(quotaFor(event, 'TH')).toBe(2);
    expect(quotaFor({ countryQuotas: {}, defaultCountryQuota: null }, 'TH')).toBeNull();
    expect(quotaFor({ countryQuotas: { VN: 0 }, defaultCountryQuota: null }, 'VN')).toBe(0);
  });
});
