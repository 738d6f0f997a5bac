import { WORKSHOP_PROGRAMME } from '../seed/demo-programme.js';
import type { Session } from '../itinerary/index.js';
import { digestJobId, digestSchedule } from './digest-schedule.js';

const asSessions = () =>
  WORKSHOP_PROGRAMME.map(
    (input, index) =>
      ({
        ...input,
        id: `s${index}`,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        endTimezone: input.endTimezone ?? input.timezone,
        status: 'scheduled',
      }) as unknown as Session,
  );

describe('staff digest schedule', () => {
  it('is 07:00 Seoul time on Seoul days and 07:00 Hanoi time on Hanoi days, travel day included', () => {
    const schedule = digestSchedule(asSessions());
    expect(schedule.map(({ date, zone, fireAt }) => [date, zone, fireAt.toISOString()])).toEqual([
      ['2027-07-12', 'Asia/Seoul', '2027-07-11T22:00:00.000Z'],
      ['2027-07-13', 'Asia/Seoul', '2027-07-12T22:00:00.000Z'],
      ['2027-07-14', 'Asia/Seoul', '2027-07-13T22:00:00.000Z'],
      ['2027-07-15', 'Asia/Seoul', '2027-07-14T22:00:00.000Z'],
      ['2027-07-16', 'Asia/Seoul', '2027-07-15T22:00:00.000Z'],
      // The travel day begins with breakfast in Seoul, before the flight to Hanoi.
      ['2027-07-17', 'Asia/Seoul', '2027-07-16T22:00:00.000Z'],
      ['2027-07-18', 'Asia/Ho_Chi_Minh', '2027-07-18T00:00:00.000Z'],
      ['2027-07-19', 'Asia/Ho_Chi_Minh', '2027-07-19T00:00:00.000Z'],
      ['2027-07-20', 'Asia/Ho_Chi_Minh', '2027-07-20T00:00:00.000Z'],
    ]);
  });

  it('follows the zone of the day’s first session', () => {
    const seoulStart = digestSchedule(asSessions()).find((moment) => moment.date === '2027-07-17')!;
    // Without breakfast and the flight from Seoul, the travel day begins in Hanoi.
    const hanoiStart = digestSchedule(
      asSessions().filter(
        (session) => !['Breakfast and check-out', 'Flight ICN → HAN'].includes(session.title),
      ),
    ).find((moment) => moment.date === '2027-07-17')!;
    expect(hanoiStart.zone).toBe('Asia/Ho_Chi_Minh');
    expect(hanoiStart.fireAt.toISOString()).toBe('2027-07-17T00:00:00.000Z');
    // 07:00 in Hanoi comes two hours after 07:00 in Seoul.
    expect(hanoiStart.fireAt.getTime() - seoulStart.fireAt.getTime()).toBe(2 * 3600_000);
  });

  it('has one job id per event and local day', () => {
    expect(digestJobId('e1', '2027-07-17')).toBe('digest-e1-2027-07-17');
  });
});
