/**
 * Screenshots of the web app on the demo data, for docs/screenshots and the README: the
 * participant's pages at phone width (375 px), the console's at laptop width (1280 px).
 *
 *   npm run build && node dist/scripts/screenshots.js
 *
 * It seeds a database of its own, starts the built API on it, and drops both at the end.
 */
import { spawn } from 'node:child_process';
import chromium from '@sparticuz/chromium';
import pg from 'pg';
import { type Browser, type Page, chromium as playwright } from 'playwright-core';
import { BENCH_JWT_SECRET, createBenchDatabase, startBenchApi } from '../bench/support.js';

const DEMO_PASSWORD = 'gofar-demo-2027';
const OUT = 'docs/screenshots';
const PHONE = { width: 375, height: 812 };
const LAPTOP = { width: 1280, height: 860 };

async function seed(databaseUrl: string, queuePrefix: string): Promise<void> {
  const child = spawn(process.execPath, ['dist/apps/api/src/seed.js'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      QUEUE_PREFIX: queuePrefix,
      JWT_SECRET: BENCH_JWT_SECRET,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  if (code !== 0) throw new Error(`seed exited with ${code}`);
}

async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string | null,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    timezoneId: 'Asia/Bangkok',
    locale: 'en-GB',
  });
  if (email) {
    const answer = await context.request.post('/api/v1/auth/session', {
      data: { email, password: DEMO_PASSWORD },
      headers: { origin: baseUrl },
    });
    if (answer.status() !== 200) throw new Error(`sign-in failed for ${email}: ${answer.status()}`);
  }
  return context.newPage();
}

/** Opens the page, waits for the text that says it is ready, and saves the viewport. */
async function shoot(page: Page, path: string, readyText: string, name: string): Promise<void> {
  await page.goto(path);
  await page.getByText(readyText, { exact: false }).first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`${OUT}/${name}.png`);
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  await seed(database.url, database.name);
  const api = await startBenchApi(database);
  const pool = new pg.Pool({ connectionString: database.url, max: 1 });
  const browser = await playwright.launch({
    executablePath: await chromium.executablePath(),
    args: chromium.args.filter((arg) => arg !== '--single-process'),
    headless: true,
  });
  try {
    const { rows } = await pool.query<{ id: string; title: string }>(
      `SELECT id, title FROM events WHERE title LIKE 'ASEAN-Korea Youth Network Workshop%'`,
    );
    const workshop = rows[0]!;
    const registration = await pool.query<{ id: string }>(
      `SELECT r.id FROM registrations r JOIN users u ON u.id = r.user_id
        WHERE u.email = 'workshop.vn1@demo.gofar.local' AND r.event_id = $1`,
      [workshop.id],
    );

    const visitor = await signedInPage(browser, api.baseUrl, null, PHONE);
    await shoot(visitor, '/', workshop.title, 'demo-events-phone');
    await shoot(visitor, `/events/${workshop.id}`, 'About this event', 'demo-event-phone');

    const participant = await signedInPage(
      browser,
      api.baseUrl,
      'workshop.vn1@demo.gofar.local',
      PHONE,
    );
    await shoot(participant, '/me/registrations', workshop.title, 'demo-my-registrations-phone');
    await shoot(
      participant,
      `/me/registrations/${registration.rows[0]!.id}`,
      'History',
      'demo-registration-phone',
    );
    await shoot(participant, `/me/itinerary/${workshop.id}`, 'Seoul time', 'demo-itinerary-phone');
    await participant.getByText('Flight', { exact: false }).first().scrollIntoViewIfNeeded();
    await participant.screenshot({ path: `${OUT}/demo-itinerary-travel-day-phone.png` });
    console.log(`${OUT}/demo-itinerary-travel-day-phone.png`);
    await shoot(participant, `/me/teams/${workshop.id}`, 'Leaderboard', 'demo-team-phone');

    const organizer = await signedInPage(browser, api.baseUrl, 'organizer@gofar.local', LAPTOP);
    await shoot(organizer, '/console', workshop.title, 'demo-console-home-desktop');
    await shoot(
      organizer,
      `/console/events/${workshop.id}`,
      workshop.title,
      'demo-console-dashboard-desktop',
    );
    await shoot(
      organizer,
      `/console/events/${workshop.id}/registrations`,
      'Vietnam',
      'demo-console-registrations-desktop',
    );
    await shoot(
      organizer,
      `/console/events/${workshop.id}/programme`,
      'Seoul time',
      'demo-console-programme-desktop',
    );
    await shoot(
      organizer,
      `/console/events/${workshop.id}/teams`,
      'Leaderboard',
      'demo-console-teams-desktop',
    );
  } finally {
    await browser.close();
    await pool.end();
    await api.stop();
    await database.drop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
