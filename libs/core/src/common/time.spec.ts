import { isIanaZone, isLocalDate, isReminderOffset, startOfLocalDate } from './time.js';

describe('time helpers', () => {
  it.each([
    'Asia/Seoul',
    'Asia/Ho_Chi_Minh',
    'Asia/Yangon',
    'Asia/Jakarta',
    'Asia/Makassar',
    'Asia/Jayapura',
    'UTC',
    'America/St_Johns',
  ])('%s is a zone', (zone) => expect(isIanaZone(zone)).toBe(true));

  it.each(['Asia/Seol', '+09:00', 'UTC+7', '', 'Seoul', 42, null])('%p is not a zone', (zone) =>
    expect(isIanaZone(zone)).toBe(false),
  );

  it('knows real calendar dates', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-7-1')).toBe(false);
    expect(isLocalDate('2027-07-01T00:00:00Z')).toBe(false);
  });

  it.each(['P7D', 'P1D', 'PT1H', 'PT15M', 'PT30S', 'P1W', 'P1DT12H', 'P366D', 'P52W', 'PT8784H'])(
    '%s is a reminder offset',
    (offset) => expect(isReminderOffset(offset)).toBe(true),
  );

  it.each([
    'tomorrow',
    'P',
    'PT',
    'PT0S',
    'P1M',
    'P1Y',
    '-P1D',
    'P1.5D',
    '1D',
    '',
    'P367D',
    'P53W',
    'P366DT1S',
    'P999999999D',
    'PT99999999999999999999S',
  ])('%p is not a reminder offset', (offset) => expect(isReminderOffset(offset)).toBe(false));

  it('finds local midnight in the zone, not on the host', () => {
    expect(startOfLocalDate('2027-07-12', 'Asia/Seoul').toISOString()).toBe(
      '2027-07-11T15:00:00.000Z',
    );
    expect(startOfLocalDate('2027-07-17', 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2027-07-16T17:00:00.000Z',
    );
    expect(startOfLocalDate('2027-07-12', 'Asia/Yangon').toISOString()).toBe(
      '2027-07-11T17:30:00.000Z',
    );
  });
});
