import {
  canonicalZone,
  isIanaZone,
  isInstant,
  isLocalDate,
  isReminderOffset,
  startOfLocalDate,
} from './time.js';

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

  it.each([
    ['europe/paris', 'Europe/Paris'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['asia/ho_chi_minh', 'Asia/Ho_Chi_Minh'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Asia/Seoul', 'Asia/Seoul'],
  ])('the canonical name of %s is %s', (zone, canonical) =>
    expect(canonicalZone(zone)).toBe(canonical),
  );

  it('bounds dates and instants to years people plan in', () => {
    expect(isLocalDate('0000-01-01')).toBe(false);
    expect(isLocalDate('1899-12-31')).toBe(false);
    expect(isLocalDate('1900-01-01')).toBe(true);
    expect(isLocalDate('2199-12-31')).toBe(true);
    expect(isLocalDate('2200-01-01')).toBe(false);
    expect(isInstant('2027-07-12T09:00:00+09:00')).toBe(true);
    expect(isInstant('2027-07-12T09:00Z')).toBe(true);
    expect(isInstant('2027-07-12T09:00:00.123456+0530')).toBe(true);
    expect(isInstant('2027-07-12T09:00:00+99:99')).toBe(false);
    expect(isInstant('2027-07-12T09:00:00+19:00')).toBe(false);
    expect(isInstant('-271821-04-20T00:00:00Z')).toBe(false);
    expect(isInstant('+275760-09-13T00:00:00Z')).toBe(false);
    expect(isInstant('1969-12-31T23:59:59Z')).toBe(false);
    expect(isInstant('2027-07-12T09:00:00')).toBe(false);
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
