import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, seriousViolations, startWebStack } from './support/browser.js';
import {
  type Account,
  type OrganizationFixture,
  loginAdmin,
  newEvent,
  newOrganization,
  signup,
} from './support/factories.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import type { Stack } from './support/stack.js';
import { pause } from './support/timing.js';
import { pageErrors, screenshot, signedInPage } from './support/web-participant.js';

const TABLET = { width: 768, height: 1024 };

/** Reads `read` until `holds` is true of it (10 s at most); returns the last value read. */
async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (!holds(value) && Date.now() < deadline) {
    await pause(200);
    value = await read();
  }
  return value;
}

interface SessionBody {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  endTimezone: string;
  status: string;
}

interface TeamBody {
  id: string;
  name: string;
  members: { registrationId: string; userId: string; fullName: string }[];
}

/**
 * The organizer's programme editor and the teams and missions page, in a browser whose own
 * zone is America/St_Johns: sessions typed in their places' local times, the contract's
 * refusals in words, moves and cancellations that say who will be emailed; teams dealt after a
 * preview, members moved, missions set and scored; staff score but do not organize.
 */
describe('the console’s programme editor and teams page, in a browser', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let organization: OrganizationFixture;
  const pages: Page[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    await stack.startWorker();
    browser = await launchBrowser();
    organization = await newOrganization(stack.client, await loginAdmin(stack.client));
  }, 120_000);

  afterEach(async () => {
    for (const page of pages.splice(0)) {
      expect(pageErrors(page)).toEqual([]);
      await page.context().close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sink?.stop();
  });

  const organizer = () => ({ token: organization.organizer.token });

  async function open(account: Account): Promise<Page> {
    const page = await signedInPage(browser, stack.api.baseUrl, account, { viewport: DESKTOP });
    pages.push(page);
    return page;
  }

  async function confirmed(eventId: string, label: string, nationality: string, gender = 'female') {
    const person = await signup(stack.client, label);
    const response = await stack.client.post(
      `/api/v1/events/${eventId}/registrations`,
      registrationBody({ nationality, gender }),
      { token: person.token },
    );
    expect(response.body.status).toBe('confirmed');
    return person;
  }

  async function addSession(eventId: string, body: Record<string, unknown>) {
    const response = await stack.client.post(
      `/api/v1/events/${eventId}/sessions`,
      { type: 'lecture', ...body },
      organizer(),
    );
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    return response.body as SessionBody;
  }

  async function sessionsOf(eventId: string): Promise<SessionBody[]> {
    return (await stack.client.get(`/api/v1/events/${eventId}/sessions`, organizer())).body.items;
  }

  async function violationsAt1280And768(page: Page): Promise<string[]> {
    const found: string[] = [];
    for (const viewport of [DESKTOP, TABLET]) {
      await page.setViewportSize(viewport);
      found.push(...(await seriousViolations(page)).map((v) => `${viewport.width}px ${v}`));
    }
    await page.setViewportSize(DESKTOP);
    return found;
  }

  /** A field by its label; a required field's label ends with an asterisk. */
  const labelled = (label: string) =>
    new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

  async function choose(page: Page, label: string, search: string, option: string | RegExp) {
    const input = page.getByRole('dialog').getByRole('combobox', { name: labelled(label) });
    await input.click();
    await input.fill(search);
    await page.getByRole('option', { name: option }).first().click();
  }

  /** Fills the open session form: local dates and times as typed by the organizer. */
  async function fillSession(
    page: Page,
    fields: {
      title?: string;
      type?: string;
      date?: string;
      start?: string;
      end?: string;
      endDate?: string;
      zone?: string;
      endZone?: string;
      venue?: { name: string; city: string; country: string };
    },
  ) {
    const dialog = page.getByRole('dialog');
    if (fields.title !== undefined) await dialog.getByLabel(labelled('Title')).fill(fields.title);
    if (fields.type) {
      await dialog.getByRole('combobox', { name: labelled('Type') }).click();
      await page.getByRole('option', { name: fields.type, exact: true }).click();
    }
    if (fields.date) await dialog.getByLabel(labelled('Date')).fill(fields.date);
    if (fields.start) await dialog.getByLabel(labelled('Starts at')).fill(fields.start);
    if (fields.zone) await choose(page, 'Start zone', fields.zone, new RegExp(fields.zone));
    if (fields.endDate) await dialog.getByLabel(labelled('End date')).fill(fields.endDate);
    if (fields.end) await dialog.getByLabel(labelled('Ends at')).fill(fields.end);
    if (fields.endZone) await choose(page, 'End zone', fields.endZone, new RegExp(fields.endZone));
    if (fields.venue) {
      await dialog.getByLabel(labelled('Venue name')).fill(fields.venue.name);
      await dialog.getByLabel(labelled('City')).fill(fields.venue.city);
      await choose(page, 'Country', fields.venue.country, fields.venue.country);
    }
  }

  describe('the programme editor', () => {
    let eventId: string;

    beforeAll(async () => {
      eventId = (
        await newEvent(stack.client, organization.organizer, organization.id, {
          title: 'Mekong Youth Lab programme',
          timezone: 'Asia/Seoul',
          startsOn: '2027-07-12',
          endsOn: '2027-07-20',
          countryQuotas: {},
        })
      ).id;
    });

    it('adds a Seoul lecture, the flight Seoul → Hanoi and a Hanoi visit typed in local times; the API holds the right instants', async () => {
      const page = await open(organization.organizer);
      await page.goto(`/console/events/${eventId}/programme`);
      await page.getByRole('heading', { name: 'No sessions yet' }).waitFor();

      await page.getByRole('button', { name: 'Add a session' }).click();
      await fillSession(page, {
        title: 'Opening lecture',
        date: '2027-07-12',
        start: '09:00',
        end: '10:30',
        venue: { name: 'Seoul Global Center', city: 'Seoul', country: 'South Korea' },
      });
      await page.getByRole('button', { name: 'Add the session' }).click();
      await page.locator('tr[data-session="Opening lecture"]').waitFor();

      await page.getByRole('button', { name: 'Add a session' }).click();
      await fillSession(page, {
        title: 'Flight to Hanoi',
        type: 'Travel',
        date: '2027-07-17',
        start: '10:00',
        end: '12:30',
        endZone: 'Ho Chi Minh',
      });
      await page.getByRole('button', { name: 'Add the session' }).click();
      await page.locator('tr[data-session="Flight to Hanoi"]').waitFor();

      await page.getByRole('button', { name: 'Add a session' }).click();
      await fillSession(page, {
        title: 'Old Quarter site visit',
        type: 'Site visit',
        date: '2027-07-18',
        zone: 'Ho Chi Minh',
        start: '09:00',
        end: '11:00',
        venue: { name: 'Hoan Kiem Lake', city: 'Hanoi', country: 'Vietnam' },
      });
      await page.getByRole('button', { name: 'Add the session' }).click();
      await page.locator('tr[data-session="Old Quarter site visit"]').waitFor();

      const byTitle = new Map((await sessionsOf(eventId)).map((s) => [s.title, s]));
      expect(byTitle.get('Opening lecture')).toMatchObject({
        startsAt: '2027-07-12T00:00:00.000Z',
        endsAt: '2027-07-12T01:30:00.000Z',
        timezone: 'Asia/Seoul',
        endTimezone: 'Asia/Seoul',
      });
      expect(byTitle.get('Flight to Hanoi')).toMatchObject({
        startsAt: '2027-07-17T01:00:00.000Z',
        endsAt: '2027-07-17T05:30:00.000Z',
        timezone: 'Asia/Seoul',
        endTimezone: 'Asia/Ho_Chi_Minh',
      });
      expect(byTitle.get('Old Quarter site visit')).toMatchObject({
        startsAt: '2027-07-18T02:00:00.000Z',
        endsAt: '2027-07-18T04:00:00.000Z',
        timezone: 'Asia/Ho_Chi_Minh',
      });

      // Shown in each place's time, the zone named, never St John's.
      const flight = page.locator('tr[data-session="Flight to Hanoi"]');
      await expect(flight.innerText()).resolves.toContain('10:00 Seoul time');
      await expect(flight.innerText()).resolves.toContain('12:30 Hanoi time');
      await expect(
        page.locator('tr[data-session="Old Quarter site visit"]').innerText(),
      ).resolves.toContain('09:00 – 11:00 Hanoi time');
      await expect(page.locator('main').innerText()).resolves.not.toContain('St Johns');
      await screenshot(page, 'console-programme-desktop', DESKTOP.width);
      expect(await violationsAt1280And768(page)).toEqual([]);
    });

    it('refuses a venue conflict, a session outside the dates and an end before the start, in words next to the form', async () => {
      const page = await open(organization.organizer);
      await page.goto(`/console/events/${eventId}/programme`);
      await page.getByRole('button', { name: 'Add a session' }).click();
      await fillSession(page, {
        title: 'Second lecture',
        date: '2027-07-12',
        start: '10:00',
        end: '11:00',
        venue: { name: 'Seoul Global Center', city: 'Seoul', country: 'South Korea' },
      });
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Add the session' }).click();
      await dialog.getByText('Another session is at this venue then.').waitFor();

      await fillSession(page, { date: '2027-07-25' });
      await dialog.getByRole('button', { name: 'Add the session' }).click();
      await dialog.getByText(/outside the event’s dates/).waitFor();

      await fillSession(page, { date: '2027-07-13', start: '10:00', end: '09:00' });
      await dialog.getByRole('button', { name: 'Add the session' }).click();
      await dialog.getByText('The end must be after the start.').waitFor();

      await fillSession(page, { end: '11:00' });
      await screenshot(page, 'console-session-form-desktop', DESKTOP.width);
      expect(await violationsAt1280And768(page)).toEqual([]);
      // Nothing was saved by the refused attempts.
      expect((await sessionsOf(eventId)).map((s) => s.title).sort()).toEqual([
        'Flight to Hanoi',
        'Old Quarter site visit',
        'Opening lecture',
      ]);
    });
    it('marks mandatory sessions that overlap, as the itinerary warns', async () => {
      await addSession(eventId, {
        title: 'Safety briefing',
        startsAt: '2027-07-15T09:00:00+09:00',
        endsAt: '2027-07-15T10:00:00+09:00',
        timezone: 'Asia/Seoul',
        mandatory: true,
      });
      await addSession(eventId, {
        title: 'Embassy visit',
        type: 'site_visit',
        startsAt: '2027-07-15T09:30:00+09:00',
        endsAt: '2027-07-15T11:00:00+09:00',
        timezone: 'Asia/Seoul',
        mandatory: true,
      });
      const page = await open(organization.organizer);
      await page.goto(`/console/events/${eventId}/programme`);
      await page.getByText('Some mandatory sessions overlap', { exact: false }).waitFor();
      for (const title of ['Safety briefing', 'Embassy visit'])
        await expect(page.locator(`tr[data-session="${title}"]`).innerText()).resolves.toContain(
          'Overlaps another mandatory session',
        );
      await expect(
        page.locator('tr[data-session="Opening lecture"]').innerText(),
      ).resolves.not.toContain('Overlaps');
    });
  });

  describe('moves and cancellations', () => {
    let eventId: string;
    let people: Account[];

    beforeAll(async () => {
      eventId = (
        await newEvent(stack.client, organization.organizer, organization.id, {
          title: 'Seoul Forum for moves',
          timezone: 'Asia/Seoul',
          countryQuotas: {},
        })
      ).id;
      await addSession(eventId, {
        title: 'Welcome talk',
        startsAt: '2027-07-13T09:00:00+09:00',
        endsAt: '2027-07-13T10:00:00+09:00',
        timezone: 'Asia/Seoul',
        venue: { name: 'Hall A', city: 'Seoul', country: 'KR' },
      });
      await addSession(eventId, {
        title: 'City walk',
        type: 'site_visit',
        startsAt: '2027-07-14T14:00:00+09:00',
        endsAt: '2027-07-14T16:00:00+09:00',
        timezone: 'Asia/Seoul',
      });
      await stack.client.post(`/api/v1/events/${eventId}/publish`, undefined, organizer());
      people = [
        await confirmed(eventId, 'mover-a', 'VN'),
        await confirmed(eventId, 'mover-b', 'KR'),
        await confirmed(eventId, 'mover-c', 'TH'),
      ];
    });

    it('moving a session says 3 confirmed participants will be emailed, and each gets exactly one email', async () => {
      const page = await open(organization.organizer);
      await page.goto(`/console/events/${eventId}/programme`);
      await page.getByRole('button', { name: 'Edit Welcome talk' }).click();
      await fillSession(page, { start: '14:00', end: '15:00' });
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog
        .getByText(
          'This is a move: 3 confirmed participants will get one email with the old and new times.',
          { exact: false },
        )
        .waitFor();
      await dialog.getByRole('button', { name: 'Move the session' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(page.locator('tr[data-session="Welcome talk"]').innerText()).resolves.toContain(
        '14:00 – 15:00 Seoul time',
      );
      const moved = (await sessionsOf(eventId)).find((s) => s.title === 'Welcome talk')!;
      expect(moved.startsAt).toBe('2027-07-13T05:00:00.000Z');

      const changed = (person: Account) =>
        sink.to(person.email).filter((mail) => mail.subject.startsWith('Changed: Welcome talk'));
      await sink.waitFor(() => people.every((person) => changed(person).length >= 1), 30_000);
      await pause(4000);
      for (const person of people) expect(changed(person)).toHaveLength(1);
      expect(changed(people[0]!)[0]!.text).toContain('14:00');
    });

    it('cancelling a session shows who will be emailed, and the session leaves the programme', async () => {
      const page = await open(organization.organizer);
      await page.goto(`/console/events/${eventId}/programme`);
      await page.getByRole('button', { name: 'Cancel City walk' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByText('3 confirmed participants will get one email saying the session is cancelled.', {
          exact: false,
        })
        .waitFor();
      await dialog.getByRole('button', { name: 'Cancel the session' }).click();
      await page.locator('tr[data-session="City walk"]').waitFor({ state: 'detached' });
      await page.getByRole('heading', { name: 'Cancelled sessions' }).waitFor();
      expect((await sessionsOf(eventId)).find((s) => s.title === 'City walk')!.status).toBe(
        'cancelled',
      );
    });
  });

  describe('teams and missions', () => {
    let eventId: string;
    let people: Account[];
    const teams = async (): Promise<TeamBody[]> =>
      (await stack.client.get(`/api/v1/events/${eventId}/teams`, organizer())).body.items;

    beforeAll(async () => {
      eventId = (
        await newEvent(stack.client, organization.organizer, organization.id, {
          title: 'ASEAN–Korea teams lab',
          timezone: 'Asia/Seoul',
          countryQuotas: {},
        })
      ).id;
      await stack.client.post(
        `/api/v1/events/${eventId}/staff`,
        { email: organization.staff.email },
        organizer(),
      );
      await stack.client.post(`/api/v1/events/${eventId}/publish`, undefined, organizer());
      people = [
        await confirmed(eventId, 'team-vn', 'VN', 'female'),
        await confirmed(eventId, 'team-kr', 'KR', 'male'),
        await confirmed(eventId, 'team-th', 'TH', 'female'),
        await confirmed(eventId, 'team-ph', 'PH', 'male'),
      ];
      // The teams as they stand: one team of four.
      await stack.client.post(
        `/api/v1/events/${eventId}/teams/auto-assign`,
        { teamSize: 4 },
        organizer(),
      );
    });

    it('previews auto-assign without saving, applies it, moves a member, sets and scores a mission', async () => {
      const page = await open(organization.organizer);
      await page.goto(`/console/events/${eventId}/teams`);
      await page.getByRole('heading', { name: 'Teams', exact: true }).waitFor();
      expect(await teams()).toHaveLength(1);

      await page.getByLabel('People per team').fill('2');
      await page.getByRole('button', { name: 'Preview auto-assign' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Nothing is saved yet.', { exact: false }).waitFor();
      expect(await dialog.locator('[data-preview-team]').count()).toBe(2);
      await expect(dialog.innerText()).resolves.toContain('Countries:');
      await expect(dialog.innerText()).resolves.toContain('Genders:');
      // The preview saved nothing.
      expect(await teams()).toHaveLength(1);

      await dialog.getByRole('button', { name: 'Apply these teams' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(page.locator('[data-team]').count()).resolves.toBe(2);
      const applied = await teams();
      expect(applied).toHaveLength(2);
      expect(applied.map((team) => team.members.length)).toEqual([2, 2]);

      // Move the first member of the first team into the second.
      const [first, second] = applied as [TeamBody, TeamBody];
      const mover = first.members[0]!;
      await page.getByRole('combobox', { name: `Move ${mover.fullName} to another team` }).click();
      await page.getByRole('option', { name: second.name }).click();
      expect(
        await eventually(
          async () => (await teams()).find((team) => team.id === second.id)!.members.length,
          (count) => count === 3,
        ),
      ).toBe(3);

      // A new mission, due in the event's zone.
      await page.getByRole('button', { name: 'New mission' }).click();
      const form = page.getByRole('dialog');
      await form.getByLabel(labelled('Title')).fill('Campus campaign');
      await form.getByLabel(labelled('Due date')).fill('2027-07-19');
      await form.getByLabel(/^Due time/).fill('18:00');
      await form.getByLabel(labelled('Highest score')).fill('10');
      await form.getByRole('button', { name: 'Create the mission' }).click();
      await form.waitFor({ state: 'detached' });
      const missions = (await stack.client.get(`/api/v1/events/${eventId}/missions`, organizer()))
        .body.items;
      expect(missions).toHaveLength(1);
      expect(missions[0]).toMatchObject({
        title: 'Campus campaign',
        dueAt: '2027-07-19T09:00:00.000Z',
        maxScore: 10,
      });

      // A participant of the second team submits through the API.
      const submitter = people.find((person) => person.id === mover.userId)!;
      const submitted = await stack.client.post(
        `/api/v1/missions/${missions[0].id}/submissions`,
        { content: 'Posters in three languages', url: 'https://example.org/campaign' },
        { token: submitter.token },
      );
      expect(submitted.status).toBe(201);

      await page.reload();
      await page.getByText('Posters in three languages').waitFor();
      await page.getByLabel(`Score for ${second.name}`).fill('8');
      await page.getByLabel(`Feedback for ${second.name}`).fill('Clear and well argued');
      await page.getByRole('button', { name: 'Save the score' }).click();
      await page.getByText('Score saved.', { exact: false }).waitFor();
      const board = page.locator('section[aria-labelledby="leaderboard-heading"]');
      const ranked = new RegExp(`1\\s+${second.name}\\s+8`);
      expect(
        await eventually(
          () => board.innerText(),
          (text) => ranked.test(text),
        ),
      ).toMatch(ranked);
      const listed = (
        await stack.client.get(`/api/v1/missions/${missions[0].id}/submissions`, organizer())
      ).body.items;
      expect(listed[0]).toMatchObject({ score: 8, feedback: 'Clear and well argued' });

      await screenshot(page, 'console-teams-desktop', DESKTOP.width);
      expect(await violationsAt1280And768(page)).toEqual([]);
    });

    it('staff see teams without organizer controls, and can score', async () => {
      const page = await open(organization.staff);
      await page.goto(`/console/events/${eventId}/teams`);
      await page.getByText('Posters in three languages').waitFor();
      expect(await page.getByRole('button', { name: 'Preview auto-assign' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'New mission' }).count()).toBe(0);
      expect(await page.getByRole('combobox', { name: /^Move .* to another team$/ }).count()).toBe(
        0,
      );
      const label = await page.getByLabel(/^Score for /).first();
      await label.fill('9');
      await page.getByRole('button', { name: 'Save the score' }).click();
      await page.getByText('Score saved.', { exact: false }).waitFor();
      const board = (await stack.client.get(`/api/v1/events/${eventId}/leaderboard`, organizer()))
        .body.items;
      expect(board[0].total).toBe(9);
      expect(await violationsAt1280And768(page)).toEqual([]);
    });
  });
});
