import { describeOffset, fireTimeBefore, reminderTimes } from './reminder-times.js';

describe('reminder times', () => {
  it('counts a day offset in the anchor zone, not in UTC or on the host', () => {
    // 07:30 in Hanoi on 18 July: P1D is 07:30 Hanoi time on 17 July.
    const bus = new Date('2027-07-18T00:30:00Z');
    expect(fireTimeBefore(bus, 'Asia/Ho_Chi_Minh', 'P1D').toISOString()).toBe(
      '2027-07-17T00:30:00.000Z',
    );
  });

  it('keeps the local clock time across a daylight-saving change (P1D = 23 hours here)', () => {
    // Berlin moves to summer time on 28 March 2027 at 02:00.
    const talk = new Date('2027-03-28T07:00:00Z'); // 09:00 CEST
    expect(fireTimeBefore(talk, 'Europe/Berlin', 'P1D').toISOString()).toBe(
      '2027-03-27T08:00:00.000Z', // 09:00 CET the day before
    );
    // An hour offset is an exact hour whatever the zone.
    expect(fireTimeBefore(talk, 'Europe/Berlin', 'PT1H').toISOString()).toBe(
      '2027-03-28T06:00:00.000Z',
    );
  });

  it('goes down to seconds', () => {
    const at = new Date('2027-07-12T00:00:00Z');
    expect(fireTimeBefore(at, 'Asia/Seoul', 'PT30S').toISOString()).toBe(
      '2027-07-11T23:59:30.000Z',
    );
  });

  it('plans one time per offset and one for offsets that meet', () => {
    const times = reminderTimes({
      kind: 'session_reminder',
      subjectId: 'session',
      at: new Date('2027-07-12T00:00:00Z'),
      zone: 'Asia/Seoul',
      offsets: ['PT1H', 'PT60M', 'P1D'],
    });
    expect(times.map((time) => [time.offset, time.fireAt.toISOString()])).toEqual([
      ['PT1H', '2027-07-11T23:00:00.000Z'],
      ['P1D', '2027-07-11T00:00:00.000Z'],
    ]);
  });

  it('leaves out an offset whose fire time is no date, and says which', () => {
    const unusable: string[] = [];
    const times = reminderTimes(
      {
        kind: 'event_reminder',
        subjectId: 'event',
        at: new Date('2027-07-12T00:00:00Z'),
        zone: 'Asia/Seoul',
        offsets: ['P999999999D', 'PT99999999999999999999S', 'P99999999D', 'PT1H'],
      },
      (offset) => unusable.push(offset),
    );
    expect(times.map((time) => time.offset)).toEqual(['PT1H']);
    expect(unusable).toEqual(['P999999999D', 'PT99999999999999999999S', 'P99999999D']);
  });

  it('says how far ahead in words', () => {
    expect(describeOffset('PT1H')).toBe('1 hour');
    expect(describeOffset('P1DT2H')).toBe('1 day 2 hours');
    expect(describeOffset('PT30S')).toBe('30 seconds');
    expect(describeOffset('P2W')).toBe('2 weeks');
  });
});
