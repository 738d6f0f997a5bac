import { describeLocalTime, localTime } from './local-time.js';

describe('local times (whatever the host zone)', () => {
  it('puts a 07:00 Seoul session on its Seoul date although it is the day before in UTC', () => {
    const instant = new Date('2027-07-12T22:00:00Z');
    expect(localTime(instant, 'Asia/Seoul')).toEqual({
      date: '2027-07-13',
      time: '07:00',
      offset: '+09:00',
    });
    expect(instant.getUTCDate()).toBe(12);
  });

  it('reads the ICN 10:00 KST to HAN 12:30 ICT flight as 4.5 hours on one local date, with both offsets', () => {
    const departs = new Date('2027-07-17T10:00:00+09:00');
    const lands = new Date('2027-07-17T12:30:00+07:00');
    expect((lands.getTime() - departs.getTime()) / 3_600_000).toBe(4.5);
    expect(localTime(departs, 'Asia/Seoul')).toEqual({
      date: '2027-07-17',
      time: '10:00',
      offset: '+09:00',
    });
    expect(localTime(lands, 'Asia/Ho_Chi_Minh')).toEqual({
      date: '2027-07-17',
      time: '12:30',
      offset: '+07:00',
    });
  });

  it('knows half-hour zones', () => {
    expect(localTime(new Date('2027-07-18T03:00:00Z'), 'Asia/Yangon')).toEqual({
      date: '2027-07-18',
      time: '09:30',
      offset: '+06:30',
    });
  });

  it('states zone and offset in emails', () => {
    expect(describeLocalTime(new Date('2027-07-18T00:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe(
      'Sun 18 Jul 2027, 07:30 (Asia/Ho_Chi_Minh, UTC+07:00)',
    );
  });
});
