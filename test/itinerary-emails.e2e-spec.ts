import { loginAdmin, newEvent, newOrganization } from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { pause } from './support/timing.js';

describe('session change emails', () => {
  it('a move emails each confirmed participant once with old and new local times; a cancellation tells them too', async () => {
    const sink = await SmtpSink.start();
    const stack = await Stack.start(sink.url);
    try {
      await stack.startWorker();
      const centre = await newOrganization(stack.client, await loginAdmin(stack.client));
      const event = await newEvent(stack.client, centre.organizer, centre.id, {
        title: 'Seoul-Hanoi Youth Workshop',
        capacity: 2,
        countryQuotas: {},
      });
      await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, {
        token: centre.organizer.token,
      });
      const [first, second, waiting] = await fastUsers(stack.env.DATABASE_URL!, 3, 'moved');
      for (const person of [first!, second!, waiting!]) {
        await stack.client.post(`/api/v1/events/${event.id}/registrations`, registrationBody(), {
          token: person.token,
        });
      }
      const session = (
        await stack.client.post(
          `/api/v1/events/${event.id}/sessions`,
          {
            title: 'Bus to the DMZ',
            type: 'site_visit',
            startsAt: '2027-07-14T07:30:00+09:00',
            endsAt: '2027-07-14T12:00:00+09:00',
            timezone: 'Asia/Seoul',
            venue: { name: 'Hotel lobby', city: 'Seoul', country: 'KR' },
          },
          { token: centre.organizer.token },
        )
      ).body;
      // A rename is not a move: no email.
      await stack.client.patch(
        `/api/v1/sessions/${session.id}`,
        { description: 'Bring your passport' },
        { token: centre.organizer.token },
      );
      await stack.client.patch(
        `/api/v1/sessions/${session.id}`,
        { startsAt: '2027-07-14T08:00:00+09:00', endsAt: '2027-07-14T12:30:00+09:00' },
        { token: centre.organizer.token },
      );
      const moved = (email: string) =>
        sink
          .to(email)
          .filter(
            (mail) => mail.subject === 'Changed: Bus to the DMZ (Seoul-Hanoi Youth Workshop)',
          );
      await sink.waitFor(
        () => moved(first!.email).length === 1 && moved(second!.email).length === 1,
      );
      const mail = moved(first!.email)[0]!;
      expect(mail.text).toContain(
        'Was: Wed 14 Jul 2027, 07:30 (Asia/Seoul, UTC+09:00) to Wed 14 Jul 2027, 12:00 (Asia/Seoul, UTC+09:00), at Hotel lobby, Seoul.',
      );
      expect(mail.text).toContain(
        'Now: Wed 14 Jul 2027, 08:00 (Asia/Seoul, UTC+09:00) to Wed 14 Jul 2027, 12:30 (Asia/Seoul, UTC+09:00), at Hotel lobby, Seoul.',
      );

      await stack.client.delete(`/api/v1/sessions/${session.id}`, {
        token: centre.organizer.token,
      });
      const cancelled = (email: string) =>
        sink.to(email).filter((mail) => mail.subject.startsWith('Cancelled: Bus to the DMZ'));
      await sink.waitFor(
        () => cancelled(first!.email).length === 1 && cancelled(second!.email).length === 1,
      );
      await pause(1500);
      for (const person of [first!, second!]) {
        expect(moved(person.email)).toHaveLength(1);
        expect(cancelled(person.email)).toHaveLength(1);
      }
      // The waitlisted person is not a participant of the session.
      expect(moved(waiting!.email)).toHaveLength(0);
      expect(cancelled(waiting!.email)).toHaveLength(0);
    } finally {
      await stack.stop();
      await sink.stop();
    }
  });
});
