import { describe, expect, it } from '@jest/globals';
import { currentZoneName, zoneOptions } from './zones';

describe('the time zone choices', () => {
  it('use the current IANA names, as the API stores them', () => {
    expect(currentZoneName('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(currentZoneName('Asia/Seoul')).toBe('Asia/Seoul');
    const values = zoneOptions().map((option) => option.value);
    expect(values).toContain('Asia/Ho_Chi_Minh');
    expect(values).not.toContain('Asia/Saigon');
    expect(new Set(values).size).toBe(values.length);
  });

  it('show each zone with its offset at the given moment (daylight saving included)', () => {
    const winter = zoneOptions([], new Date('2027-01-15T12:00:00Z'));
    const summer = zoneOptions([], new Date('2027-07-15T12:00:00Z'));
    const label = (options: typeof winter, zone: string) =>
      options.find((option) => option.value === zone)?.label;
    expect(label(winter, 'Asia/Seoul')).toBe('Asia/Seoul (UTC+09:00)');
    expect(label(winter, 'America/St_Johns')).toBe('America/St Johns (UTC-03:30)');
    expect(label(summer, 'America/St_Johns')).toBe('America/St Johns (UTC-02:30)');
  });

  it('keep a saved zone the browser does not list', () => {
    expect(zoneOptions(['Etc/GMT+5']).map((option) => option.value)).toContain('Etc/GMT+5');
  });
});
