import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startWebStack } from './support/browser.js';
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
import { until } from './support/timing.js';
import {
  pageErrors,
  screenshot,
  signedInPage,
  violationsAtBothWidths,
} from './support/web-participant.js';

/**
 * A confirmed participant in a browser whose own zone is America/St_Johns: the itinerary in
 * each place's time (Seoul, then the flight to Hanoi, then Hanoi), "my time", the calendar
 * link, the offline copy; then the team page, where they submit a mission.
 */
describe('the participant’s itinerary and team pages, in a browser', () => {
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
    const page = await signedInPage(browser, stack.api.baseUrl, account);
    pages.push(page);
    return page;
  }

  async function confirmed(eventId: string, label: string, nationality = 'VN') {
    const person = await signup(stack.client, label);
    const response = await stack.client.post(
      `/api/v1/events/${eventId}/registrations`,
      registrationBody({ nationality }),
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
    return response.body as { id: string };
  }

  it('shows Seoul sessions in Seoul time, the flight from Seoul to Hanoi and Hanoi sessions in Hanoi time; "my time" shows St Johns', async () => {
    const event = await newEvent(stack.client, organization.organizer, organization.id, {
      title: 'Mekong Youth Lab itinerary',
      capacity: 2,
      countryQuotas: {},
    });
    await addSession(event.id, {
      title: 'Opening lecture',
      startsAt: '2027-07-12T09:00:00+09:00',
      endsAt: '2027-07-12T10:30:00+09:00',
      timezone: 'Asia/Seoul',
      mandatory: true,
      venue: { name: 'Seoul Global Center', city: 'Seoul', country: 'KR' },
    });
    const flight = await addSession(event.id, {
      title: 'Flight to Hanoi',
      type: 'travel',
      startsAt: '2027-07-17T13:00:00+09:00',
      endsAt: '2027-07-17T16:30:00+07:00',
      timezone: 'Asia/Seoul',
      endTimezone: 'Asia/Ho_Chi_Minh',
      mandatory: true,
    });
    await addSession(event.id, {
      title: 'Old Quarter site visit',
      type: 'site_visit',
      startsAt: '2027-07-18T09:00:00+07:00',
      endsAt: '2027-07-18T11:00:00+07:00',
      timezone: 'Asia/Ho_Chi_Minh',
      venue: { name: 'Hoan Kiem Lake', city: 'Hanoi', country: 'VN' },
    });
    expect(
      (await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, organizer()))
        .status,
    ).toBe(200);
    const person = await confirmed(event.id, 'traveller');
    const page = await open(person);

    await page.goto(`/me/itinerary/${event.id}`);
    await page
      .getByRole('heading', { level: 1, name: 'My itinerary: Mekong Youth Lab itinerary' })
      .waitFor();
    const card = (title: string) =>
      page.locator('[data-session-id]').filter({ has: page.getByRole('heading', { name: title }) });
    // Days by the place's local date; each time with its place named.
    await page.getByRole('heading', { level: 2, name: 'Monday, July 12, 2027' }).waitFor();
    await card('Opening lecture').getByText('09:00 – 10:30 Seoul time').waitFor();
    await card('Opening lecture').getByText('Mandatory').waitFor();
    await card('Opening lecture').getByText('Venue: Seoul Global Center, Seoul').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Saturday, July 17, 2027' }).waitFor();
    await card('Flight to Hanoi').getByText('13:00 Seoul time – 16:30 Hanoi time').waitFor();
    await card('Flight to Hanoi').getByText('Travel').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sunday, July 18, 2027' }).waitFor();
    await card('Old Quarter site visit').getByText('09:00 – 11:00 Hanoi time').waitFor();
    await card('Old Quarter site visit').getByText('Venue: Hoan Kiem Lake, Hanoi').waitFor();
    // First visit: nothing is marked as changed.
    expect(await page.getByText('Changed', { exact: true }).count()).toBe(0);
    expect(await violationsAtBothWidths(page)).toEqual([]);
    await screenshot(page, 'itinerary-phone');
    await screenshot(page, 'itinerary-desktop', 1280);

    // "My time": the browser's zone, St Johns (UTC-02:30 in July), with its own days.
    await page
      .getByRole('button', { name: 'Show times in my time zone (St Johns time)', pressed: false })
      .click();
    await page.getByText('Times are shown in St Johns time.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sunday, July 11, 2027' }).waitFor();
    await card('Opening lecture').getByText('21:30 – 23:00 St Johns time').waitFor();
    await card('Flight to Hanoi').getByText('01:30 – 07:00 St Johns time').waitFor();
    await card('Old Quarter site visit')
      .getByText('23:30 – Jul 18, 2027, 01:30 St Johns time')
      .waitFor();
    await page.getByRole('button', { name: /Show times in my time zone/, pressed: true }).click();
    await card('Opening lecture').getByText('09:00 – 10:30 Seoul time').waitFor();

    // The calendar: a webcal: link to the secret feed; a new address replaces the old one.
    const calendar = page.getByRole('link', { name: 'Open in my calendar app' });
    const first = await calendar.getAttribute('href');
    expect(first).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/api\/v1\/calendar\/.+\.ics$/);
    const feed = await stack.client.get(first!.replace(/^webcal:\/\/[^/]+/, ''));
    expect(feed.status).toBe(200);
    expect(String(feed.body)).toContain('SUMMARY:Flight to Hanoi');
    await page.getByRole('button', { name: 'Make a new address' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make a new calendar address?' });
    await dialog.getByText(/The old address stops working at once/).waitFor();
    await dialog.getByRole('button', { name: 'Make a new address' }).click();
    await page.getByText('Your calendar has a new address. Subscribe to it again.').waitFor();
    const second = await calendar.getAttribute('href');
    expect(second).not.toBe(first);
    expect((await stack.client.get(first!.replace(/^webcal:\/\/[^/]+/, ''))).status).toBe(404);

    // A change since the last visit is marked.
    const moved = await stack.client.patch(
      `/api/v1/sessions/${flight.id}`,
      { startsAt: '2027-07-17T14:00:00+09:00', endsAt: '2027-07-17T17:30:00+07:00' },
      organizer(),
    );
    expect(moved.status).toBe(200);
    await page.reload();
    await card('Flight to Hanoi').getByText('14:00 Seoul time – 17:30 Hanoi time').waitFor();
    await card('Flight to Hanoi').getByText('Changed', { exact: true }).waitFor();
    expect(await page.getByText('Changed', { exact: true }).count()).toBe(1);
    await page.getByText('1 session is new or changed since your last visit.').waitFor();

    // Offline: the saved copy stays, and says from when.
    await page.context().setOffline(true);
    await page.getByText(/^Saved copy from .+ St Johns time\. It may be out of date\.$/).waitFor();
    await card('Old Quarter site visit').getByText('09:00 – 11:00 Hanoi time').waitFor();
    await page.context().setOffline(false);
    await page.getByText(/^Saved copy from/).waitFor({ state: 'detached' });
  });

  it('lets a team member submit a mission on the team page; it shows as submitted', async () => {
    const event = await newEvent(stack.client, organization.organizer, organization.id, {
      title: 'Mekong Youth Lab teams',
      capacity: 4,
      countryQuotas: {},
    });
    expect(
      (await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, organizer()))
        .status,
    ).toBe(200);
    const member = await confirmed(event.id, 'member', 'VN');
    await confirmed(event.id, 'teammate', 'KR');
    const teams = await stack.client.post(
      `/api/v1/events/${event.id}/teams/auto-assign`,
      { teamSize: 2 },
      organizer(),
    );
    expect(teams.status).toBe(200);
    const dueAt = new Date(Date.now() + 2 * 86_400_000 + 3_600_000).toISOString();
    const mission = await stack.client.post(
      `/api/v1/events/${event.id}/missions`,
      { title: 'Plastic-free campus', description: 'A plan for one week', dueAt, maxScore: 10 },
      organizer(),
    );
    expect(mission.status).toBe(201);

    const page = await open(member);
    await page.goto(`/me/teams/${event.id}`);
    const teamName = String(teams.body.items[0].name);
    await page.getByRole('heading', { level: 1, name: `My team: ${teamName}` }).waitFor();
    await page.getByText(`${member.fullName} · Vietnam`).waitFor();
    await page.getByText(/ · South Korea$/).waitFor();
    const card = page.getByRole('article', { name: 'Plastic-free campus' });
    await card.getByText(/^Due .+ Seoul time · due in 2 days$/).waitFor();
    await card.getByText('Not submitted yet').waitFor();
    await page.getByRole('table').getByText(teamName).waitFor();
    expect(await violationsAtBothWidths(page)).toEqual([]);

    await card.getByRole('button', { name: 'Submit our work' }).click();
    await card.getByLabel('What your team did').fill('We mapped every plastic bottle on campus.');
    await card.getByLabel('Link (optional)').fill('https://example.org/our-plan');
    await card.getByRole('button', { name: 'Send submission' }).click();
    await card.getByText('Submitted', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Submit again' }).waitFor();
    expect(await violationsAtBothWidths(page)).toEqual([]);
    await screenshot(page, 'team-phone');

    const rows = await stack.query(`SELECT content, url FROM submissions WHERE mission_id = $1`, [
      mission.body.id,
    ]);
    expect(rows).toEqual([
      { content: 'We mapped every plastic bottle on campus.', url: 'https://example.org/our-plan' },
    ]);
    const mine = await stack.client.get(`/api/v1/me/itinerary?eventId=${event.id}`, {
      token: member.token,
    });
    expect(mine.body.missions).toMatchObject([{ title: 'Plastic-free campus', submitted: true }]);

    // A mission whose due time passes while the team writes: the refusal in words.
    const closesAt = Date.now() + 6_000;
    const late = await stack.client.post(
      `/api/v1/events/${event.id}/missions`,
      { title: 'Night market interviews', dueAt: new Date(closesAt).toISOString(), maxScore: 5 },
      organizer(),
    );
    expect(late.status).toBe(201);
    await page.reload();
    const lateCard = page.getByRole('article', { name: 'Night market interviews' });
    await lateCard.getByRole('button', { name: 'Submit our work' }).click();
    await lateCard.getByLabel('What your team did').fill('Five interviews, one recording.');
    await until(closesAt + 500);
    await lateCard.getByRole('button', { name: 'Send submission' }).click();
    await lateCard
      .getByRole('alert')
      .getByText('This mission is closed: its due time has passed.')
      .waitFor();
    await page.reload();
    await lateCard.getByText('Closed', { exact: true }).waitFor();
    expect(await lateCard.getByRole('button', { name: 'Submit our work' }).count()).toBe(0);
  });
});
