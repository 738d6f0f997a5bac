import type { Browser, Page } from 'playwright-core';
import {
  DESKTOP,
  launchBrowser,
  newPage,
  seriousViolations,
  startWebStack,
} from './support/browser.js';
import {
  type Account,
  type OrganizationFixture,
  loginAdmin,
  newEmail,
  newEvent,
  newOrganization,
  signup,
} from './support/factories.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import type { Stack } from './support/stack.js';
import { TEST_ADMIN_PASSWORD } from './support/test-environment.js';
import { pause } from './support/timing.js';
import { pageErrors, screenshot, signedInPage } from './support/web-participant.js';

const TABLET = { width: 768, height: 1024 };
const ASEAN_AND_KOREA = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'KR'];
const QUOTAS: Record<string, number> = {
  BN: 2,
  KH: 4,
  ID: 5,
  LA: 3,
  MY: 4,
  MM: 3,
  PH: 5,
  SG: 3,
  TH: 4,
  VN: 1,
  KR: 8,
};

/**
 * The organizer console's home, organization, event form and dashboard, in a browser whose own
 * zone is St John's (UTC-03:30) while the workshop runs in Seoul (UTC+09:00).
 */
describe('the web app: organizer console (events, members, dashboard)', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let admin: Account;
  let organization: OrganizationFixture;
  let eventId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    origin = stack.api.baseUrl;
    await stack.startWorker();
    browser = await launchBrowser();
    admin = await loginAdmin(stack.client);
    organization = await newOrganization(stack.client, admin);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sink?.stop();
  });

  const organizerPage = (viewport = DESKTOP) =>
    signedInPage(browser, origin, organization.organizer, { viewport });

  async function register(nationality: string, label = 'participant') {
    const person = await signup(stack.client, label);
    const response = await stack.client.post(
      `/api/v1/events/${eventId}/registrations`,
      registrationBody({ nationality }),
      { token: person.token },
    );
    expect(response.status).toBe(201);
    return { person, registration: response.body as { id: string; status: string } };
  }

  /** Waits (up to 10 s) until `check` holds. */
  async function eventually(check: () => Promise<boolean>) {
    const deadline = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in 10 s');
      await pause(200);
    }
  }

  async function violationsAt(page: Page): Promise<string[]> {
    const found: string[] = [];
    for (const viewport of [DESKTOP, TABLET]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(300);
      found.push(...(await seriousViolations(page)).map((v) => `${viewport.width}px ${v}`));
    }
    await page.setViewportSize(DESKTOP);
    return found;
  }

  async function choose(page: Page, label: string, option: string | RegExp) {
    const input = page.getByRole('combobox', { name: label, exact: true });
    await input.click();
    if (typeof option === 'string' && (await input.isEditable())) await input.fill(option);
    const match = page.getByRole('option', { name: option, exact: true }).first();
    await match.waitFor();
    // The click goes to the option itself: under load a list still opening or closing can sit
    // over it, and a pointer click would land on whatever is on top.
    await match.dispatchEvent('click');
    await page.waitForFunction(
      (element) => element?.getAttribute('aria-expanded') !== 'true',
      await input.elementHandle(),
    );
    if (typeof option === 'string') expect(await input.inputValue()).toBe(option);
  }

  it('an organizer creates the workshop through the form, and the API holds exactly those values', async () => {
    const page = await organizerPage();
    await page.goto('/console');
    await page.getByRole('link', { name: 'New event' }).click();
    await page.waitForURL(/\/console\/events\/new\?organizationId=/);
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();

    await page.getByLabel(/^Title/).fill('ASEAN-Korea Youth Workshop');
    await page
      .getByLabel('Description', { exact: true })
      .fill('Five days in Seoul, then four in Hanoi.');
    const zone = page.getByRole('combobox', { name: 'Time zone of the event', exact: true });
    await zone.click();
    await zone.fill('Seoul');
    await page.getByRole('option', { name: /^Asia\/Seoul \(UTC\+09:00\)$/ }).click();
    await expect(page.getByText(/follow this zone \(now UTC\+09:00\)/).count()).resolves.toBe(1);
    await page.getByLabel(/^First day/).fill('2027-07-12');
    await page.getByLabel(/^Last day/).fill('2027-07-20');
    await page.getByLabel(/^Capacity/).fill('48');

    // Country names as the page writes them (Intl in the browser).
    const names: Record<string, string> = await page.evaluate((codes) => {
      const display = new Intl.DisplayNames(['en'], { type: 'region' });
      return Object.fromEntries(codes.map((code) => [code, display.of(code) ?? code]));
    }, ASEAN_AND_KOREA);
    for (const [index, code] of ASEAN_AND_KOREA.entries()) {
      await page.getByRole('button', { name: 'Add a country' }).click();
      await choose(page, `Country, row ${index + 1}`, names[code]);
      await page.getByLabel(`Quota for ${names[code]}`, { exact: true }).fill(String(QUOTAS[code]));
    }

    // The window, as local date-times in Seoul.
    await page
      .getByLabel('Registration opens, Seoul time (UTC+09:00)', { exact: true })
      .fill('2026-11-01T09:00');
    await page
      .getByLabel('Registration closes, Seoul time (UTC+09:00)', { exact: true })
      .fill('2027-07-01T18:00');

    // Reminders in words: 3 days, 1 day and 2 hours before the event; 30 minutes before each
    // session; 1 day and 6 hours before a mission is due.
    await page.getByLabel('Before the event starts, reminder 1: how many').fill('3');
    await choose(page, 'Before the event starts, reminder 1: unit', 'days before');
    const eventReminders = page.getByRole('group', { name: 'Before the event starts' });
    await eventReminders.getByRole('button', { name: 'Add a reminder' }).click();
    await page.getByLabel('Before the event starts, reminder 3: how many').fill('2');
    await choose(page, 'Before the event starts, reminder 3: unit', 'hours before');
    await page.getByLabel('Before each session, reminder 1: how many').fill('30');
    await choose(page, 'Before each session, reminder 1: unit', 'minutes before');
    const missionReminders = page.getByRole('group', { name: 'Before a mission is due' });
    await missionReminders.getByRole('button', { name: 'Add a reminder' }).click();
    await page.getByLabel('Before a mission is due, reminder 2: how many').fill('6');
    await choose(page, 'Before a mission is due, reminder 2: unit', 'hours before');

    if (process.env.SCREENSHOTS === '1') {
      // The top of the long form (its first sections and the quota table), to stay small.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: 'docs/screenshots/console-event-form-desktop.png',
        fullPage: true,
        clip: { x: 0, y: 0, width: DESKTOP.width, height: 1650 },
      });
    }
    expect(await violationsAt(page)).toEqual([]);

    await page.getByRole('button', { name: 'Create the draft' }).click();
    await page.waitForURL(/\/console\/events\/[0-9a-f-]+\/settings$/);
    eventId = /events\/([0-9a-f-]+)\/settings/.exec(page.url())![1];

    const stored = await stack.client.get(`/api/v1/events/${eventId}`, {
      token: organization.organizer.token,
    });
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      title: 'ASEAN-Korea Youth Workshop',
      kind: 'workshop',
      description: 'Five days in Seoul, then four in Hanoi.',
      timezone: 'Asia/Seoul',
      startsOn: '2027-07-12',
      endsOn: '2027-07-20',
      capacity: 48,
      countryQuotas: QUOTAS,
      defaultCountryQuota: null,
      requiresApproval: false,
      requireVerifiedEmail: false,
      itineraryVisibility: 'participants',
      eventReminderOffsets: ['P3D', 'P1D', 'PT2H'],
      sessionReminderOffsets: ['PT30M'],
      missionReminderOffsets: ['P1D', 'PT6H'],
      status: 'draft',
    });
    expect(new Date(stored.body.registrationOpensAt).toISOString()).toBe(
      '2026-11-01T00:00:00.000Z',
    );
    expect(new Date(stored.body.registrationClosesAt).toISOString()).toBe(
      '2027-07-01T09:00:00.000Z',
    );
    expect(Object.keys(stored.body.countryQuotas)).toHaveLength(11);

    // The settings page reads the same values back, in words and in Seoul's clock.
    await expect(
      page.getByLabel('Registration opens, Seoul time (UTC+09:00)', { exact: true }).inputValue(),
    ).resolves.toBe('2026-11-01T09:00');
    await expect(
      page
        .getByRole('combobox', { name: 'Before the event starts, reminder 3: unit', exact: true })
        .inputValue(),
    ).resolves.toBe('hours before');

    // Publishing asks once and says what happens.
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this event?' });
    await dialog.getByText('Registration opens now.').waitFor();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('This event is published').waitFor();
    const published = await stack.client.get(`/api/v1/events/${eventId}`);
    expect(published.body.status).toBe('published');
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the dashboard shows seats and countries, and raising a quota promotes the waiting list', async () => {
    await register('VN');
    await register('KR');
    const waiting = await register('VN', 'waitlisted');
    expect(waiting.registration.status).toBe('waitlisted');

    const page = await organizerPage();
    await page.goto(`/console/events/${eventId}`);
    await page.getByText('2 of 48 seats taken').waitFor();
    const countries = page.getByRole('table', { name: 'Confirmed by country, against each quota' });
    const vietnam = countries.getByRole('row').filter({ hasText: /Vietnam|Viet Nam/ });
    await expect(vietnam.getByRole('cell').allTextContents()).resolves.toEqual([
      expect.stringMatching(/Vietnam|Viet Nam/),
      '1',
      '1',
    ]);
    await expect(countries.getByRole('row').count()).resolves.toBe(12);
    await expect(
      page.getByRole('link', { name: 'person on the waiting list' }).getAttribute('href'),
    ).resolves.toBe(`/console/events/${eventId}/registrations?status=waitlisted`);
    // The charts draw once their containers are measured.
    await page.locator('.recharts-rectangle').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
    await screenshot(page, 'console-dashboard-desktop', DESKTOP.width);
    await screenshot(page, 'console-dashboard-tablet', TABLET.width);
    expect(await violationsAt(page)).toEqual([]);

    // A capacity or a quota below its confirmed count is refused, in words at the field.
    await page.getByRole('link', { name: 'Settings' }).click();
    const capacity = page.getByLabel(/^Capacity/);
    await page.getByRole('button', { name: 'Cancel the event…' }).waitFor();
    expect(await violationsAt(page)).toEqual([]);
    await capacity.fill('1');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page
      .getByText('Already 2 confirmed: the capacity cannot be lower.', { exact: false })
      .waitFor();
    await capacity.fill('48');
    const quota = page.getByLabel(/^Quota for (Vietnam|Viet Nam)$/);
    await quota.fill('0');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('Already 1 confirmed: the quota cannot be lower.').waitFor();

    // Raising it promotes the waitlisted Vietnamese participant.
    const before = sink.to(waiting.person.email).length;
    await quota.fill('2');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('Saved.').waitFor();
    await sink.waitFor(
      () =>
        sink
          .to(waiting.person.email)
          .slice(before)
          .some((mail) => /A seat freed up/.test(mail.subject)),
      30_000,
    );
    const promoted = await stack.client.get(`/api/v1/registrations/${waiting.registration.id}`, {
      token: waiting.person.token,
    });
    expect(promoted.body.status).toBe('confirmed');

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByText('3 of 48 seats taken').waitFor();
    await expect(
      page
        .getByRole('table', { name: 'Confirmed by country, against each quota' })
        .getByRole('row')
        .filter({ hasText: /Vietnam|Viet Nam/ })
        .getByRole('cell')
        .allTextContents(),
    ).resolves.toEqual([expect.stringMatching(/Vietnam|Viet Nam/), '2', '2']);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the cancel confirmation says how many people will be emailed, and cancelling works', async () => {
    const token = organization.organizer.token;
    const event = await newEvent(stack.client, organization.organizer, organization.id, {
      capacity: 2,
    });
    await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, { token });
    const people: Account[] = [];
    for (const nationality of ['VN', 'KR', 'KR']) {
      const person = await signup(stack.client, 'cancelled');
      const response = await stack.client.post(
        `/api/v1/events/${event.id}/registrations`,
        registrationBody({ nationality }),
        { token: person.token },
      );
      expect(response.status).toBe(201);
      people.push(person);
    }

    const page = await organizerPage();
    await page.goto(`/console/events/${event.id}/settings`);
    await page.getByRole('button', { name: 'Cancel the event…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this event?' });
    await dialog
      .getByText('3 registrants will get one email each saying the event is cancelled.')
      .waitFor();
    await dialog.getByText('This cannot be undone.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel the event', exact: true }).click();
    await page.getByText('This event is cancelled').waitFor();
    const cancelled = await stack.client.get(`/api/v1/events/${event.id}`);
    expect(cancelled.body.status).toBe('cancelled');
    await sink.waitFor(
      () => people.every((person) => sink.to(person.email).some((m) => /cancel/i.test(m.subject))),
      30_000,
    );
    await page.context().close();
  }, 120_000);

  it('members: an organizer adds staff by email, and the last-organizer refusal is explained', async () => {
    const newcomer = await signup(stack.client, 'newstaff');
    const page = await organizerPage();
    await page.goto('/console');
    await page.getByRole('link', { name: /^Members of / }).click();
    await page.waitForURL(`**/console/organizations/${organization.id}`);
    await page.getByText(organization.staff.email).waitFor();

    // No such account: said at the email field.
    await page.getByLabel('Email', { exact: true }).fill(newEmail('nobody'));
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText(/No Gofar account uses this email/).waitFor();

    await page.getByLabel('Email', { exact: true }).fill(newcomer.email);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText(`${newcomer.email} is now a member`).waitFor();
    await page.getByRole('cell', { name: newcomer.email }).waitFor();
    const members = await stack.client.get(`/api/v1/organizations/${organization.id}/members`, {
      token: organization.organizer.token,
    });
    expect(members.body.items).toContainEqual(
      expect.objectContaining({ userId: newcomer.id, role: 'staff' }),
    );

    await screenshot(page, 'console-organization-desktop', DESKTOP.width);
    expect(await violationsAt(page)).toEqual([]);

    // The only organizer cannot remove themselves: the page says why.
    await page.getByRole('button', { name: `Remove ${organization.organizer.fullName}` }).click();
    await page
      .getByRole('dialog', { name: 'Remove this member?' })
      .getByRole('button', { name: 'Remove the member' })
      .click();
    await page.getByText(/Every organization needs at least one organizer/).waitFor();

    // Roles change in place; removing asks once.
    const role = page.getByRole('combobox', { name: `Role of ${newcomer.fullName}`, exact: true });
    await role.click();
    await page.getByRole('option', { name: 'Organizer', exact: true }).click();
    await eventually(async () => {
      const list = await stack.client.get(`/api/v1/organizations/${organization.id}/members`, {
        token: organization.organizer.token,
      });
      return list.body.items.some(
        (item: { userId: string; role: string }) =>
          item.userId === newcomer.id && item.role === 'organizer',
      );
    });
    await page.getByRole('button', { name: `Remove ${newcomer.fullName}` }).click();
    const removal = page.getByRole('dialog', { name: 'Remove this member?' });
    await removal.getByText(`${newcomer.fullName} will lose access`, { exact: false }).waitFor();
    await removal.getByRole('button', { name: 'Remove the member' }).click();
    await page.getByRole('cell', { name: newcomer.email }).waitFor({ state: 'detached' });
    const after = await stack.client.get(`/api/v1/organizations/${organization.id}/members`, {
      token: organization.organizer.token,
    });
    expect(after.body.items.map((item: { userId: string }) => item.userId)).not.toContain(
      newcomer.id,
    );
    await page.context().close();
  }, 120_000);

  it('a staff member sees no organizer controls; a participant is told the console is not for them', async () => {
    const staff = await signedInPage(browser, origin, organization.staff, { viewport: DESKTOP });
    await staff.goto('/console');
    await staff
      .getByRole('heading', { name: /^Centre / })
      .first()
      .waitFor();
    await staff.getByRole('link', { name: 'ASEAN-Korea Youth Workshop' }).waitFor();
    await expect(staff.getByRole('link', { name: 'New event' }).count()).resolves.toBe(0);

    await staff.goto(`/console/events/${eventId}/settings`);
    await staff.getByText('Only the organization’s organizers can change an event.').waitFor();
    await expect(staff.getByRole('link', { name: 'Settings' }).count()).resolves.toBe(0);
    await expect(staff.getByRole('button', { name: 'Publish…' }).count()).resolves.toBe(0);
    await expect(staff.getByRole('button', { name: 'Cancel the event…' }).count()).resolves.toBe(0);
    await expect(staff.getByRole('button', { name: 'Save the changes' }).count()).resolves.toBe(0);
    await staff.goto(`/console/events/${eventId}`);
    await staff.getByText('The dashboard is for organizers.', { exact: false }).waitFor();
    await staff.context().close();

    const participant = await signup(stack.client);
    const page = await signedInPage(browser, origin, participant, { viewport: DESKTOP });
    await page.goto('/console');
    await page.getByRole('heading', { name: 'The console is for organizers and staff' }).waitFor();
    await page.context().close();
  }, 120_000);

  it("the admin's queue-dashboard button opens /admin/queues without a password prompt", async () => {
    const page = await newPage(browser, origin, { viewport: DESKTOP });
    await page.goto('/');
    const status = await page.evaluate(
      async ({ email, password }) =>
        (
          await fetch('/api/v1/auth/session', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email, password }),
          })
        ).status,
      { email: admin.email, password: TEST_ADMIN_PASSWORD },
    );
    expect(status).toBe(200);
    await page.goto('/console');
    await page
      .getByRole('heading', { name: /^Centre / })
      .first()
      .waitFor();
    await screenshot(page, 'console-home-desktop', DESKTOP.width);
    expect(await violationsAt(page)).toEqual([]);

    const [response] = await Promise.all([
      page.waitForResponse(
        (answer) =>
          new URL(answer.url()).pathname.replace(/\/$/, '') === '/admin/queues' &&
          answer.request().resourceType() === 'document',
      ),
      page.getByRole('button', { name: 'Queue dashboard' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await page.waitForURL(/\/admin\/queues/);
    await page.context().close();
  }, 120_000);

  it('an admin creates an organization from the console home', async () => {
    const page = await newPage(browser, origin, { viewport: DESKTOP });
    await page.goto('/');
    await page.evaluate(
      async ({ email, password }) =>
        fetch('/api/v1/auth/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        }).then((r) => r.status),
      { email: admin.email, password: TEST_ADMIN_PASSWORD },
    );
    await page.goto('/console');
    const name = `Mekong Youth Network ${Date.now()}`;
    await page.getByLabel('Name of the organization').fill(name);
    await page.getByRole('button', { name: 'Create the organization' }).click();
    await page.getByRole('heading', { name }).waitFor();
    await page.context().close();
  }, 60_000);
});
