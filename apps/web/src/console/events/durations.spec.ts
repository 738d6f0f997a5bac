import { describe, expect, it } from '@jest/globals';
import { formatOffset, parseOffset } from './durations';
import { instantFromLocal, localDateTimeIn } from './zoned';

describe('reminder offsets in words', () => {
  it('read the durations the API stores as an amount and a unit', () => {
    expect(parseOffset('P1D')).toEqual({ amount: 1, unit: 'days' });
    expect(parseOffset('P7D')).toEqual({ amount: 7, unit: 'days' });
    expect(parseOffset('PT2H')).toEqual({ amount: 2, unit: 'hours' });
    expect(parseOffset('PT30M')).toEqual({ amount: 30, unit: 'minutes' });
    expect(parseOffset('P1W')).toEqual({ amount: 1, unit: 'weeks' });
    expect(parseOffset('P1DT12H')).toEqual({ amount: 36, unit: 'hours' });
    expect(parseOffset('P1M')).toBeNull();
  });

  it('write them back as ISO 8601 durations', () => {
    expect(formatOffset({ amount: 1, unit: 'days' })).toBe('P1D');
    expect(formatOffset({ amount: '2', unit: 'hours' })).toBe('PT2H');
    expect(formatOffset({ amount: 30, unit: 'minutes' })).toBe('PT30M');
    expect(formatOffset({ amount: 2, unit: 'weeks' })).toBe('P2W');
  });
});

describe('local date-times in the event’s zone', () => {
  it('turn Seoul’s clock into instants and back', () => {
    expect(instantFromLocal('2027-03-01T09:00', 'Asia/Seoul')).toBe('2027-03-01T09:00:00+09:00');
    expect(localDateTimeIn('2027-03-01T00:00:00Z', 'Asia/Seoul')).toBe('2027-03-01T09:00');
  });

  it('follow daylight saving time where the zone has it', () => {
    expect(instantFromLocal('2027-01-15T12:00', 'America/St_Johns')).toBe(
      '2027-01-15T12:00:00-03:30',
    );
    expect(instantFromLocal('2027-07-15T12:00', 'America/St_Johns')).toBe(
      '2027-07-15T12:00:00-02:30',
    );
    expect(localDateTimeIn('2027-07-15T14:30:00Z', 'America/St_Johns')).toBe('2027-07-15T12:00');
  });
});
