import {
  loginAdmin,
  newEvent,
  newOrganization,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import type { ApiClient } from './support/http-client.js';
import { registrationBody } from './support/registration-body.js';
import { Stack } from './support/stack.js';

interface RegistrationAnswer {
  id: string;
  userId: string;
  status: string;
  waitlistPosition?: number;
}

/**
 * The waiting list under a rush: the place each person is told in the 201 answer is their place
 * in line, distinct from everyone else's, and the organizer's list says the same afterwards.
 * Real parallel requests against two API processes sharing one database and Redis.
 */
describe('waiting-list places under a registration rush (two API processes)', () => {
  let stack: Stack;
  let apis: ApiClient[];
  let centre: OrganizationFixture;

  beforeAll(async () => {
    stack = await Stack.start('smtp://127.0.0.1:1');
    apis = [stack.client, await stack.startApi()];
    centre = await newOrganization(stack.client, await loginAdmin(stack.client));
  });
  afterAll(() => stack?.stop());

  async function waitingList(eventId: string) {
    const items: RegistrationAnswer[] = [];
    let cursor: string | null = null;
    do {
      const page: {
        status: number;
        body: { items: RegistrationAnswer[]; nextCursor: string | null };
      } = await stack.client.get(
        `/api/v1/events/${eventId}/registrations?status=waitlisted&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        { token: centre.organizer.token },
      );
      expect(page.status).toBe(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  it('300 people at once for 48 seats: 48 confirmed, the 252 answers carry places 1..252, and the list agrees', async () => {
    const event = await newEvent(stack.client, centre.organizer, centre.id, {
      capacity: 48,
      countryQuotas: {},
    });
    await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, {
      token: centre.organizer.token,
    });
    const people = await fastUsers(stack.env.DATABASE_URL!, 300, 'line');
    const responses = await Promise.all(
      people.map((person, index) =>
        apis[index % 2]!.post(`/api/v1/events/${event.id}/registrations`, registrationBody(), {
          token: person.token,
        }),
      ),
    );
    expect(responses.map((response) => response.status).filter((status) => status !== 201)).toEqual(
      [],
    );
    const answers = responses.map((response) => response.body as RegistrationAnswer);
    expect(answers.filter((answer) => answer.status === 'confirmed')).toHaveLength(48);
    expect(
      answers.filter(
        (answer) => answer.status === 'confirmed' && answer.waitlistPosition !== undefined,
      ),
    ).toEqual([]);
    const waitlisted = answers.filter((answer) => answer.status === 'waitlisted');
    expect(waitlisted).toHaveLength(252);
    // Distinct places, exactly 1..252: nobody was told a place someone else holds.
    expect(waitlisted.map((answer) => answer.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 252 }, (_, index) => index + 1),
    );

    // The organizer's list, in its own order, has each person where their answer put them.
    const list = await waitingList(event.id);
    expect(list.map((item) => item.waitlistPosition)).toEqual(
      Array.from({ length: 252 }, (_, index) => index + 1),
    );
    const told = new Map(waitlisted.map((answer) => [answer.id, answer]));
    for (const item of list) {
      expect({
        id: item.id,
        userId: told.get(item.id)?.userId,
        position: told.get(item.id)?.waitlistPosition,
      }).toEqual({
        id: item.id,
        userId: item.userId,
        position: item.waitlistPosition,
      });
    }
  });
});
