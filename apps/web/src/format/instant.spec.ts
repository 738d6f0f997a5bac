import { instantOf, offsetMinutes } from './instant';

const utc = (iso: string | null) => (iso ? new Date(iso).toISOString() : null);

describe('instantOf', () => {
  it('reads a Seoul morning as Seoul time, whatever the machine’s zone', () => {
    expect(instantOf('2026-07-20', '09:00', 'Asia/Seoul')).toBe('2026-07-20T09:00:00+09:00');
    expect(utc(instantOf('2026-07-20', '09:00', 'Asia/Seoul'))).toBe('2026-07-20T00:00:00.000Z');
  });

  it('reads Hanoi times at UTC+07:00', () => {
    expect(instantOf('2026-07-25', '12:30', 'Asia/Ho_Chi_Minh')).toBe('2026-07-25T12:30:00+07:00');
  });

  it('follows New York’s summer and winter offsets', () => {
    expect(instantOf('2026-07-01', '09:00', 'America/New_York')).toBe('2026-07-01T09:00:00-04:00');
    expect(instantOf('2026-01-15', '09:00', 'America/New_York')).toBe('2026-01-15T09:00:00-05:00');
  });

  it('takes the offset in force on either side of a daylight-saving change', () => {
    // 8 March 2026: New York springs forward at 02:00 EST.
    expect(instantOf('2026-03-08', '01:59', 'America/New_York')).toBe('2026-03-08T01:59:00-05:00');
    expect(instantOf('2026-03-08', '03:00', 'America/New_York')).toBe('2026-03-08T03:00:00-04:00');
    // 1 November 2026: back at 02:00 EDT.
    expect(instantOf('2026-11-01', '00:30', 'America/New_York')).toBe('2026-11-01T00:30:00-04:00');
    expect(instantOf('2026-11-01', '03:00', 'America/New_York')).toBe('2026-11-01T03:00:00-05:00');
  });

  it('moves a skipped time forward by the gap', () => {
    expect(instantOf('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
  });

  it('takes the first of a time that happens twice', () => {
    expect(utc(instantOf('2026-11-01', '01:30', 'America/New_York'))).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('handles half-hour zones such as St. John’s', () => {
    expect(instantOf('2026-07-20', '09:00', 'America/St_Johns')).toBe('2026-07-20T09:00:00-02:30');
  });

  it('refuses malformed dates, times and zones', () => {
    expect(instantOf('2026-06-31', '09:00', 'Asia/Seoul')).toBeNull();
    expect(instantOf('2026-07-20', '24:00', 'Asia/Seoul')).toBeNull();
    expect(instantOf('20/07/2026', '09:00', 'Asia/Seoul')).toBeNull();
    expect(instantOf('2026-07-20', '09:00', 'Nowhere/Else')).toBeNull();
  });
});

describe('offsetMinutes', () => {
  it('is zero for UTC and +540 for Seoul', () => {
    expect(offsetMinutes('UTC', Date.UTC(2026, 0, 1))).toBe(0);
    expect(offsetMinutes('Asia/Seoul', Date.UTC(2026, 0, 1))).toBe(540);
  });
});
