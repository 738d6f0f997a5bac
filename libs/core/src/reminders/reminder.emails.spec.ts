import {
  eventReminderEmail,
  missionReminderEmail,
  sessionReminderEmail,
} from './reminder.emails.js';

const base = {
  fullName: 'Siti Nurhaliza',
  event: {
    title: 'Seoul-Hanoi Youth Workshop',
    dates: '12–20 July 2027',
    url: 'https://gofar.example/events/e1',
  },
  ahead: '1 day',
  calendarUrl: 'https://gofar.example/api/v1/calendar/secret.ics',
};

describe('reminder emails', () => {
  it('state the local time with zone and offset, the venue, and link the personal feed', () => {
    const mail = sessionReminderEmail({
      ...base,
      session: 'Bus to Ha Long Bay',
      starts: {
        full: 'Sun 18 Jul 2027, 07:30 (Asia/Ho_Chi_Minh, UTC+07:00)',
        short: 'Sun 18 Jul, 07:30 (UTC+07:00)',
      },
      ends: 'Sun 18 Jul 2027, 11:00 (Asia/Ho_Chi_Minh, UTC+07:00)',
      venue: 'Hotel lobby, 1 Trang Tien, Hanoi, VN',
      description: null,
    });
    expect(mail.subject).toBe('Reminder: Bus to Ha Long Bay, Sun 18 Jul, 07:30 (UTC+07:00)');
    expect(mail.text).toContain('starts in 1 day');
    expect(mail.text).toContain(
      'When: Sun 18 Jul 2027, 07:30 (Asia/Ho_Chi_Minh, UTC+07:00) to Sun 18 Jul 2027, 11:00',
    );
    expect(mail.text).toContain('Where: Hotel lobby, 1 Trang Tien, Hanoi, VN.');
    expect(mail.html).toContain('href="https://gofar.example/api/v1/calendar/secret.ics"');
  });

  it('name the first session of the programme and the team that has not submitted', () => {
    const starts = { full: 'Mon 12 Jul 2027, 09:00 (Asia/Seoul, UTC+09:00)', short: 'Mon 12 Jul' };
    const opening = eventReminderEmail({
      ...base,
      starts,
      firstSession: { title: 'Opening ceremony', venue: null },
    });
    expect(opening.text).toContain('First on the programme: Opening ceremony.');
    const mission = missionReminderEmail({
      ...base,
      mission: 'Pitch <a campaign>',
      team: 'Team Mekong',
      due: starts,
    });
    expect(mission.text).toContain('Your team Team Mekong has not submitted "Pitch <a campaign>"');
    expect(mission.html).toContain('Pitch &lt;a campaign&gt;');
    expect(mission.text).toContain(base.calendarUrl);
  });
});
