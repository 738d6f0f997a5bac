import { localIso, offsetMatchesZone, sixMonthsAfter } from './flight-time.js';

describe('flight times', () => {
  it('accepts Z or the airport zone’s offset at that moment, and nothing else', () => {
    expect(offsetMatchesZone('2027-07-11T15:40:00+09:00', 'Asia/Seoul')).toBe(true);
    expect(offsetMatchesZone('2027-07-11T06:40:00Z', 'Asia/Seoul')).toBe(true);
    expect(offsetMatchesZone('2027-07-11T15:40:00+07:00', 'Asia/Seoul')).toBe(false);
    expect(offsetMatchesZone('2027-07-20T23:55:00+07:00', 'Asia/Ho_Chi_Minh')).toBe(true);
    // Daylight saving: London is +01:00 in July and +00:00 in January.
    expect(offsetMatchesZone('2027-07-11T10:00:00+01:00', 'Europe/London')).toBe(true);
    expect(offsetMatchesZone('2027-01-11T10:00:00+01:00', 'Europe/London')).toBe(false);
    expect(offsetMatchesZone('2027-07-11T10:00:00+06:30', 'Asia/Yangon')).toBe(true);
  });

  it('writes an instant in the airport’s zone, with its offset', () => {
    expect(localIso(new Date('2027-07-11T14:40:00Z'), 'Asia/Seoul')).toBe(
      '2027-07-11T23:40:00+09:00',
    );
    expect(localIso(new Date('2027-07-11T14:40:00Z'), 'Asia/Ho_Chi_Minh')).toBe(
      '2027-07-11T21:40:00+07:00',
    );
  });

  it('counts six calendar months, clamping at the end of a month', () => {
    expect(sixMonthsAfter('2027-07-20')).toBe('2028-01-20');
    expect(sixMonthsAfter('2027-08-31')).toBe('2028-02-29');
  });
});
