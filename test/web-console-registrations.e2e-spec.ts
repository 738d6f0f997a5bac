import { mkdirSync, readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, seriousViolations, startWebStack } from './support/browser.js';
import {
  type Account,
  type OrganizationFixture,
  loginAdmin,
  newEvent,
  newOrganization,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { liveEvent, registerAll } from './support/live-programme.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import type { Stack } from './support/stack.js';
import { databaseUrl } from './support/test-environment.js';
import { pause } from './support/timing.js';
import { pageErrors, signedInPage } from './support/web-participant.js';

const TABLET = { width: 768, height: 1024 };
/** Set to write the pages' screenshots into docs/screenshots (for people to look at). */
const SCREENSHOTS = process.env.WEB_SCREENSHOTS === '1';

const COUNTRIES = ['VN', 'TH', 'KR', 'MY', 'PH', 'ID'] as const;
const FIRST: Record<(typeof COUNTRIES)[number], string[]> = {
  VN: ['Văn Hùng', 'Minh Châu', 'Quốc Bảo', 'Thu Hà'],
  TH: ['Somchai', 'Nattapong', 'Siriporn', 'Kanya'],
  KR: ['Min-jun', 'Ji-woo', 'Seo-yeon', 'Ha-eun'],
  MY: ['Aisyah', 'Hafiz', 'Mei Ling', 'Arjun'],
  PH: ['Maria', 'Jose', 'Andrea', 'Paolo'],
  ID: ['Putri', 'Budi', 'Dewi', 'Rizky'],
};
const LAST: Record<(typeof COUNTRIES)[number], string[]> = {
  VN: ['Trần', 'Lê', 'Phạm', 'Đặng'],
  TH: ['Wongsakul', 'Chaiyaporn', 'Srisuk', 'Thongdee'],
  KR: ['Kim', 'Lee', 'Park', 'Choi'],
  MY: ['Abdullah', 'Tan', 'Rahman', 'Lim'],
  PH: ['Santos', 'Reyes', 'Cruz', 'Bautista'],
  ID: ['Wijaya', 'Santoso', 'Lestari', 'Pratama'],
};

/** Polls until `read` gives `expected` (a page updating after a debounce or a refetch). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await pause(100);
    last = await read();
  }
  expect(last).toEqual(expected);
}

/** Serious axe violations at a laptop's width and a tablet's. */
async function violationsAtConsoleWidths(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of [DESKTOP, TABLET]) {
    await page.setViewportSize(viewport);
    found.push(...(await seriousViolations(page)).map((v) => `${viewport.width}px ${v}`));
  }
  await page.setViewportSize(DESKTOP);
  return found;
}

async function shot(page: Page, name: string, viewport = DESKTOP) {
  if (!SCREENSHOTS) return;
  mkdirSync('docs/screenshots', { recursive: true });
  await page.setViewportSize(viewport);
  await page.evaluate(() =>
    (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0),
  );
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true, type: 'png' });
  await page.setViewportSize(DESKTOP);
}

/**
 * The organizer's console for registrations, the delivery log, today and the digest, in a
 * browser: an event with 61 registrations from six countries (pending, confirmed, waitlisted),
 * searched, filtered, paged, approved, rejected and cancelled; its CSV exports; a delivery that
 * a mail server refused; a staff member's read-only view and their day at a live event in Seoul.
 */
describe('the console: registrations, delivery log, today and digest', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let organization: OrganizationFixture;
  let organizer: Account;
  let eventId: string;
  let bounce: Account;
  let anh: Account;
  const pages: Page[] = [];

  const api = (path: string, token = organizer.token) => stack.client.get(path, { token });
  /** How many registrations the API lists for a query (all pages). */
  async function apiCount(query: string): Promise<number> {
    const response = await api(`/api/v1/events/${eventId}/registrations?limit=500&${query}`);
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    return response.body.items.length;
  }

  async function open(account: Account, path: string): Promise<Page> {
    const page = await signedInPage(browser, origin, account, { viewport: DESKTOP });
    pages.push(page);
    await page.goto(path);
    return page;
  }

  const rows = (page: Page, table = 'Registrations') =>
    page.getByRole('table', { name: table, exact: true }).locator('tbody tr');

  async function choose(page: Page, label: string, option: string, type?: string) {
    const input = page.locator('input').and(page.getByLabel(label, { exact: true }));
    await input.click();
    if (type) await input.fill(type);
    await page.getByRole('option', { name: option, exact: true }).click();
    await eventually(() => input.inputValue(), option);
  }

  beforeAll(async () => {
    sink = await SmtpSink.start({
      // A mailbox that does not exist: the server refuses it for good.
      verdict: (recipient) =>
        recipient.startsWith('bounce-')
          ? { code: 550, message: `5.1.1 <${recipient}>: mailbox unavailable` }
          : null,
    });
    stack = await startWebStack(sink.url);
    origin = stack.api.baseUrl;
    await stack.startWorker();
    browser = await launchBrowser();
    organization = await newOrganization(stack.client, await loginAdmin(stack.client));
    organizer = organization.organizer;
    const token = organizer.token;

    // Five people wait for approval, then the event takes registrations without it: 45 seats
    // for 56 more people from six countries, so 11 join the waiting list.
    const event = await newEvent(stack.client, organizer, organization.id, {
      title: 'ASEAN–Korea Youth Workshop',
      capacity: 45,
      countryQuotas: {},
      requiresApproval: true,
    });
    eventId = event.id;
    expect(
      (await stack.client.post(`/api/v1/events/${eventId}/publish`, undefined, { token })).status,
    ).toBe(200);
    expect(
      (
        await stack.client.post(
          `/api/v1/events/${eventId}/staff`,
          { email: organization.staff.email },
          { token },
        )
      ).status,
    ).toBe(201);

    const names: string[] = [];
    const nationalities: string[] = [];
    for (let i = 0; i < 59; i += 1) {
      const country = COUNTRIES[i % COUNTRIES.length]!;
      const j = Math.floor(i / COUNTRIES.length);
      names.push(`${FIRST[country][j % 4]} ${LAST[country][Math.floor(j / 4) % 4]}`);
      nationalities.push(country);
    }
    const people = await fastUsers(databaseUrl(stack.databaseName), names.length, 'console', names);
    [anh] = await fastUsers(databaseUrl(stack.databaseName), 1, 'anh', ['Nguyễn Thị Ánh']);
    [bounce] = await fastUsers(databaseUrl(stack.databaseName), 1, 'bounce', ['Bounce Mailbox']);

    const register = async (person: Account, nationality: string) => {
      const response = await stack.client.post(
        `/api/v1/events/${eventId}/registrations`,
        registrationBody({ nationality }),
        { token: person.token },
      );
      if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    };
    for (let i = 0; i < 5; i += 1) await register(people[i]!, nationalities[i]!);
    expect(
      (
        await stack.client.patch(
          `/api/v1/events/${eventId}`,
          { requiresApproval: false },
          { token },
        )
      ).status,
    ).toBe(200);
    await register(anh, 'VN');
    await register(bounce, 'PH');
    for (let i = 5; i < people.length; i += 1) await register(people[i]!, nationalities[i]!);
    expect(await apiCount('status=pending')).toBe(5);
    expect(await apiCount('status=confirmed')).toBe(45);
    expect(await apiCount('status=waitlisted')).toBe(11);
  }, 180_000);

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

  it('searches without accents, filters by status and country as the API does, and pages', async () => {
    const page = await open(organizer, `/console/events/${eventId}/registrations`);
    await page.getByRole('heading', { name: 'Registrations', level: 2 }).waitFor();
    await eventually(() => rows(page).count(), 50);
    expect(await page.getByText('50 registrations shown').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Load more' }).click();
    await eventually(() => rows(page).count(), 61);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);

    await page.getByRole('searchbox', { name: 'Search by name or email' }).fill('nguyen thi anh');
    await eventually(() => rows(page).count(), 1);
    expect(await rows(page).first().innerText()).toContain('Nguyễn Thị Ánh');
    expect(new URL(page.url()).searchParams.get('q')).toBe('nguyen thi anh');
    expect(await rows(page).first().innerText()).toContain('Vietnam');
    await page.getByRole('button', { name: 'Clear filters' }).click();

    await choose(page, 'Status', 'On the waiting list');
    await eventually(() => rows(page).count(), await apiCount('status=waitlisted'));
    expect(new URL(page.url()).searchParams.get('status')).toBe('waitlisted');
    const positions = (await rows(page).locator('td:nth-child(5)').allInnerTexts()).map(Number);
    expect([...positions].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 11 }, (_, i) => i + 1),
    );
    await choose(page, 'Nationality', 'Thailand', 'Thai');
    await eventually(() => rows(page).count(), await apiCount('status=waitlisted&nationality=TH'));
    await choose(page, 'Status', 'All statuses');
    const thai = await apiCount('nationality=TH');
    expect(thai).toBeGreaterThan(5);
    await eventually(() => rows(page).count(), thai);
    for (const text of await rows(page).locator('td:nth-child(3)').allInnerTexts())
      expect(text).toBe('Thailand');

    // A link from the dashboard opens with its filter, and the waiting list shows its order.
    await page.goto(`/console/events/${eventId}/registrations?status=pending`);
    await eventually(() => rows(page).count(), 5);
    await page.getByRole('tab', { name: /Waiting list/ }).click();
    const line = rows(page, 'Waiting list, in order');
    await eventually(() => line.count(), 11);
    expect((await line.locator('td:nth-child(5)').allInnerTexts()).map(Number)).toEqual(
      Array.from({ length: 11 }, (_, i) => i + 1),
    );
    await page.getByRole('tab', { name: 'All registrations' }).click();
    await eventually(() => rows(page).count(), 5);

    expect(await violationsAtConsoleWidths(page)).toEqual([]);
    await shot(page, 'console-registrations-desktop');
  }, 120_000);

  it('approves one, rejects another with a reason, cancels a confirmed one and promotes the first in line', async () => {
    const pending = (await api(`/api/v1/events/${eventId}/registrations?status=pending`)).body
      .items as { id: string; fullName: string; email: string }[];
    const [approved, rejected] = pending;
    const page = await open(organizer, `/console/events/${eventId}/registrations?status=pending`);
    await eventually(() => rows(page).count(), 5);

    // Approve: asked once, in words; the event is full, so the person joins the waiting list.
    await page.getByRole('button', { name: approved!.fullName, exact: true }).click();
    const drawer = page.getByRole('dialog', { name: approved!.fullName });
    await drawer.getByText('Asthma: carries an inhaler').waitFor();
    await drawer.getByRole('button', { name: 'Approve' }).click();
    const ask = page.getByRole('dialog', { name: 'Approve this registration?' });
    expect(await ask.innerText()).toContain(`Approve ${approved!.fullName}'s registration?`);
    await ask.getByRole('button', { name: 'Approve' }).click();
    await ask.waitFor({ state: 'hidden' });
    await drawer.getByText(`by ${organizer.fullName}`).waitFor();
    if (SCREENSHOTS)
      await page.screenshot({ path: 'docs/screenshots/console-registration-detail-desktop.png' });
    expect(await drawer.getByText('Waiting for approval → On the waiting list').count()).toBe(1);
    expect(await drawer.getByText(/^Number \d+ on the waiting list$/).count()).toBe(1);
    expect(await violationsAtConsoleWidths(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Reject with a reason: the history says who and why, and the person gets the email.
    await page.getByRole('button', { name: rejected!.fullName, exact: true }).click();
    const second = page.getByRole('dialog', { name: rejected!.fullName });
    await second.getByRole('button', { name: 'Reject' }).click();
    const reject = page.getByRole('dialog', { name: 'Reject this registration?' });
    await reject
      .getByRole('textbox', { name: 'Reason' })
      .fill('The programme is for ages 18 to 30.');
    await reject.getByRole('button', { name: 'Reject' }).click();
    await reject.waitFor({ state: 'hidden' });
    await second.getByText('Reason: The programme is for ages 18 to 30.').waitFor();
    expect(await second.getByText(`by ${organizer.fullName}`).count()).toBeGreaterThan(0);
    await sink.waitFor(
      () =>
        sink
          .to(rejected!.email)
          .some((mail) => mail.text.includes('The programme is for ages 18 to 30.')),
      30_000,
    );
    await page.keyboard.press('Escape');

    // Cancel a confirmed person: their seat goes to the first on the waiting list.
    const line = (await api(`/api/v1/events/${eventId}/registrations?status=waitlisted&limit=500`))
      .body.items as { id: string; fullName: string; waitlistPosition: number }[];
    const first = line.find((item) => item.waitlistPosition === 1)!;
    await page.goto(`/console/events/${eventId}/registrations?status=confirmed`);
    await eventually(() => rows(page).count(), 45);
    const leaving = (await rows(page).first().locator('td').first().innerText()).trim();
    await page.getByRole('button', { name: leaving, exact: true }).click();
    const third = page.getByRole('dialog', { name: leaving });
    await third.getByRole('button', { name: 'Cancel registration' }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel this registration?' });
    expect(await cancel.innerText()).toContain(
      `Cancel ${leaving}'s registration? Their seat goes to the next person on the waiting list; they get one email.`,
    );
    await cancel.getByRole('button', { name: 'Cancel registration' }).click();
    await cancel.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search by name or email' }).fill(first.fullName);
    await eventually(
      async () => (await rows(page).allInnerTexts()).some((row) => row.includes(first.fullName)),
      true,
    );
    expect(await rows(page).filter({ hasText: first.fullName }).innerText()).toContain('Confirmed');
  }, 120_000);

  it('exports the CSV with the filters, and with medical notes only after a warning', async () => {
    const page = await open(organizer, `/console/events/${eventId}/registrations?nationality=KR`);
    await eventually(() => rows(page).count(), await apiCount('nationality=KR'));

    const [plain] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const plainText = readFileSync((await plain.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = plainText.trim().split(/\r?\n/);
    expect(header).toContain('fullName');
    expect(header).not.toContain('medical');
    expect(lines).toHaveLength(await apiCount('nationality=KR'));
    expect(plainText).not.toContain('Asthma');

    await page.getByRole('button', { name: 'Export with medical notes' }).click();
    const warning = page.getByRole('dialog', { name: 'Export health information?' });
    expect(await warning.innerText()).toContain('contains health information');
    expect(await warning.innerText()).toContain('do not email it');
    const [medical] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: 'Download with medical notes' }).click(),
    ]);
    const medicalText = readFileSync((await medical.path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(medicalText.split(/\r?\n/)[0]).toContain('medicalNotes');
    expect(medicalText).toContain('Asthma: carries an inhaler');
  }, 60_000);

  it('shows the delivery log filtered by status and kind; the refused delivery stands out', async () => {
    // The refused mailbox's confirmation fails for good at the first attempt.
    const deadline = Date.now() + 30_000;
    let failed: { recipient: string; lastError: string }[] = [];
    while (Date.now() < deadline) {
      failed = (await api(`/api/v1/events/${eventId}/notifications?status=failed`)).body.items;
      if (failed.length) break;
      await pause(250);
    }
    expect(failed.map((item) => item.recipient)).toEqual([bounce.email]);

    const page = await open(organizer, `/console/events/${eventId}/notifications?status=failed`);
    const table = rows(page, 'Delivery log');
    await eventually(() => table.count(), 1);
    const row = await table.first().innerText();
    expect(row).toContain(bounce.email);
    expect(row).toContain('Failed');
    expect(row).toContain('Last error:');
    expect(row).toContain('mailbox unavailable');
    expect(await page.getByText(/Times in Seoul time/).count()).toBe(1);

    await choose(page, 'Status', 'All statuses');
    await choose(page, 'Kind', 'Registration rejected', 'rejected');
    const rejectedRows = (
      await api(`/api/v1/events/${eventId}/notifications?kind=registration_rejected`)
    ).body.items.length;
    expect(rejectedRows).toBe(1);
    await eventually(() => table.count(), rejectedRows);
    expect(await table.first().innerText()).toContain('Registration rejected');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('registration_rejected');

    await choose(page, 'Kind', 'All kinds');
    await page.getByRole('searchbox', { name: 'Recipient' }).fill(anh.email);
    const forAnh = (
      await api(
        `/api/v1/events/${eventId}/notifications?recipient=${encodeURIComponent(anh.email)}`,
      )
    ).body.items.length;
    await eventually(() => table.count(), forAnh);

    await page.goto(`/console/events/${eventId}/notifications?status=failed`);
    await eventually(() => table.count(), 1);
    expect(await violationsAtConsoleWidths(page)).toEqual([]);
    await shot(page, 'console-delivery-log-desktop');
  }, 90_000);

  describe('a staff member', () => {
    let liveId: string;
    let today: string;

    beforeAll(async () => {
      const seoulToday = DateTime.now().setZone('Asia/Seoul').startOf('day');
      today = seoulToday.toISODate()!;
      const at = (hour: number, minute = 0) => seoulToday.set({ hour, minute }).toJSDate();
      const live = await liveEvent(stack.client, organizer, organization.id, {
        overrides: {
          title: 'Seoul Week: live',
          capacity: 10,
          sessionReminderOffsets: [],
          // Today's first session may have started: keep registration open past it.
          registrationClosesAt: DateTime.now().plus({ days: 1 }).toISO(),
        },
        sessions: [
          { title: 'Opening lecture', startsAt: at(9), venue: 'Youth Centre' },
          { title: 'Palace visit', startsAt: at(14, 30), venue: 'Gyeongbokgung' },
        ],
      });
      liveId = live.id;
      expect(
        (
          await stack.client.post(
            `/api/v1/events/${liveId}/staff`,
            { email: organization.staff.email },
            { token: organizer.token },
          )
        ).status,
      ).toBe(201);
      const people = await fastUsers(databaseUrl(stack.databaseName), 3, 'live', [
        'Phạm Thu Hà',
        'Somchai Srisuk',
        'Park Ji-woo',
      ]);
      await registerAll(stack.client, liveId, people.slice(0, 1));
      await registerAll(stack.client, liveId, people.slice(1, 2), { nationality: 'TH' });
      await registerAll(stack.client, liveId, people.slice(2), {
        nationality: 'KR',
        medicalNotes: null,
        dietaryRequirements: ['vegetarian'],
      });
    }, 60_000);

    it('sees today in Seoul time, with who has medical notes', async () => {
      const page = await open(organization.staff, `/console/events/${liveId}/today`);
      await page.getByRole('heading', { name: 'Today', level: 2 }).waitFor();
      const digest = (await api(`/api/v1/events/${liveId}/digest?date=${today}`)).body;
      expect(digest.date).toBe(today);
      const text = await page.locator('main').innerText();
      expect(text).toContain('Times in Seoul time (UTC+09:00)');
      expect(text).toContain('09:00 – 10:00 Seoul time');
      expect(text).toContain('14:30 – 15:30 Seoul time');
      expect(text).toContain('Opening lecture');
      expect(text).toContain('Palace visit');
      expect(await page.getByTestId('head-count').innerText()).toBe('3');
      expect(await page.getByTestId('medical-count').innerText()).toBe('2');
      expect(await page.getByTestId('dietary').innerText()).toContain('halal: 2');
      const medical = page.getByRole('table', { name: 'Who has medical notes' });
      expect(await medical.innerText()).toContain('Phạm Thu Hà');
      expect(await medical.innerText()).toContain('Asthma: carries an inhaler');
      expect(await medical.innerText()).not.toContain('Park Ji-woo');
      // Staff see the tabs the contract lets them read, not the organizer's.
      const tabs = page.getByRole('navigation', { name: 'Event sections' });
      expect(await tabs.getByRole('link', { name: 'Settings' }).count()).toBe(0);

      // Another day of the programme, then a day without sessions.
      await page.getByRole('button', { name: /Previous day/ }).click();
      await page.getByRole('heading', { name: 'No sessions on this day' }).waitFor();
      await page.getByRole('button', { name: 'Back to today' }).click();
      await page.getByText('Opening lecture').waitFor();

      expect(await violationsAtConsoleWidths(page)).toEqual([]);
      await shot(page, 'console-today-desktop');
      await shot(page, 'console-today-tablet', TABLET);
    }, 60_000);

    it('reads registrations and the delivery log without the organizer’s actions', async () => {
      const page = await open(organization.staff, `/console/events/${eventId}/registrations`);
      await eventually(() => rows(page).count(), 50);
      // The contract lets staff export, with medical notes too; it refuses them the actions.
      expect(await page.getByRole('link', { name: 'Export CSV' }).count()).toBe(1);
      const name = (await rows(page).first().locator('td').first().innerText()).trim();
      await page.getByRole('button', { name, exact: true }).click();
      const drawer = page.getByRole('dialog', { name });
      await drawer.getByRole('heading', { name: 'History' }).waitFor();
      for (const action of ['Approve', 'Reject', 'Cancel registration'])
        expect(await drawer.getByRole('button', { name: action }).count()).toBe(0);
      await page.keyboard.press('Escape');
      expect(await violationsAtConsoleWidths(page)).toEqual([]);

      await page.goto(`/console/events/${eventId}/notifications`);
      await eventually(async () => (await rows(page, 'Delivery log').count()) > 0, true);
      expect(await violationsAtConsoleWidths(page)).toEqual([]);
      expect(await page.getByRole('button', { name: /Approve|Reject|Cancel/ }).count()).toBe(0);
    }, 60_000);

    it('shows the digest with the same figures as the API, today and the next day', async () => {
      type Digest = {
        date: string;
        confirmed: number;
        withMedicalNotes: number;
        dietary: { need: string; count: number }[];
        changeCount: number;
        changes: { fullName: string; from: string | null; to: string; at: string }[];
        sessions: { title: string }[];
      };
      const page = await open(organization.staff, `/console/events/${liveId}/digest?date=${today}`);
      const check = async (date: string) => {
        const digest = (await api(`/api/v1/events/${liveId}/digest?date=${date}`)).body as Digest;
        await page.getByText(`Changes since the last digest (${digest.changeCount})`).waitFor();
        expect(await page.getByTestId('head-count').innerText()).toBe(String(digest.confirmed));
        expect(await page.getByTestId('medical-count').innerText()).toBe(
          String(digest.withMedicalNotes),
        );
        const dietary = await page.getByTestId('dietary').innerText();
        for (const item of digest.dietary) expect(dietary).toContain(`${item.need}: ${item.count}`);
        const text = await page.locator('main').innerText();
        for (const session of digest.sessions) expect(text).toContain(session.title);
        for (const change of digest.changes) expect(text).toContain(change.fullName);
        return digest;
      };
      await page.getByRole('heading', { name: /^Digest:/ }).waitFor();
      const first = await check(today);
      expect(first.sessions).toHaveLength(2);
      expect(await violationsAtConsoleWidths(page)).toEqual([]);

      // The next day's digest lists today's registrations: who, from → to, when in Seoul time.
      await page.getByRole('button', { name: /Next day/ }).click();
      const tomorrow = DateTime.fromISO(today).plus({ days: 1 }).toISODate()!;
      const next = await check(tomorrow);
      expect(next.changeCount).toBe(3);
      const changes = page.getByRole('table', { name: 'Changes since the last digest' });
      const row = await changes.locator('tbody tr').filter({ hasText: 'Phạm Thu Hà' }).innerText();
      expect(row).toContain('new → Confirmed');
      expect(row).toContain('Seoul time');
      expect(await violationsAtConsoleWidths(page)).toEqual([]);
      await shot(page, 'console-digest-desktop');
    }, 60_000);
  });
});
