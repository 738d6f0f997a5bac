/**
 * The participant's itinerary page in headless Chromium: time from navigation until the whole
 * 56-session demo programme is on screen, with an empty browser cache (cold) and after a first
 * visit (warm), and the JavaScript the page ships. Baseline, same run, same browser: the same
 * programme as a plain server-rendered HTML page (no script at all), served from this process.
 *
 * The console, on an event with 5,000 registrations, at 1280 px (organizer signed in): time to
 * the registrations table's first rows, to the table filtered by status (from the pick of the
 * option to the filtered rows), to a search result (including the page's 250 ms debounce),
 * and to the dashboard's charts.
 *
 *   npm run build && node dist/bench/web-pages.js [rounds=5]
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import chromium from '@sparticuz/chromium';
import pg from 'pg';
import {
  type Browser,
  type BrowserContext,
  type Page,
  chromium as playwright,
} from 'playwright-core';
import { WORKSHOP_PROGRAMME } from '#core/seed/index.js';
import { BENCH_JWT_SECRET, createBenchDatabase, machine, startBenchApi } from './support.js';

const ROUNDS = Number(process.argv[2] ?? 5);
const DEMO_PASSWORD = 'gofar-demo-2027';
const PHONE = { width: 375, height: 740 };
const LAPTOP = { width: 1280, height: 860 };
const BIG_EVENT = 5000;

/** The session that starts last: once its title is on the page, the whole programme is. */
const LAST_SESSION = [...WORKSHOP_PROGRAMME]
  .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  .at(-1)!.title;

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

/** Milliseconds from the navigation's start until `text` is in the page. */
async function timeUntilVisible(page: Page, url: string, text: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    // Runs in the page (this file is compiled without the DOM's types).
    (wanted) => {
      const page = globalThis as unknown as { document: { body?: { innerText: string } } };
      return page.document.body?.innerText.includes(wanted) ? performance.now() : false;
    },
    text,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

interface Shipped {
  scripts: number;
  raw: number;
  gzip: number;
}

/** The scripts a page loads, with their sizes as sent and gzip-compressed. */
async function scriptsOf(context: BrowserContext, url: string, text: string): Promise<Shipped> {
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = response.body();
    bodies.push(body);
    // BENCH_VERBOSE=1 lists each script with its gzipped size.
    if (process.env.BENCH_VERBOSE === '1')
      void body.then((bytes) =>
        console.log(
          `  ${(gzipSync(bytes).length / 1024).toFixed(1).padStart(6)} KB  ${response.url()}`,
        ),
      );
  });
  await timeUntilVisible(page, url, text);
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  await page.close();
  return {
    scripts: all.length,
    raw: all.reduce((sum, body) => sum + body.length, 0),
    gzip: all.reduce((sum, body) => sum + gzipSync(body).length, 0),
  };
}

async function signedInContext(browser: Browser, baseUrl: string, email: string) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: PHONE,
    timezoneId: 'America/St_Johns',
  });
  const answer = await context.request.post('/api/v1/auth/session', {
    data: { email, password: DEMO_PASSWORD },
    headers: { origin: baseUrl },
  });
  if (answer.status() !== 200) throw new Error(`sign-in failed: ${answer.status()}`);
  return context;
}

/** An event of the demo's organization with `count` registrations, inserted in bulk. */
async function bigEvent(pool: pg.Pool, count: number): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO events (organization_id, title, kind, timezone, starts_on, ends_on, starts_at, capacity, status, published_at,
       itinerary_visibility, event_reminder_offsets, session_reminder_offsets, mission_reminder_offsets)
     SELECT id, 'Regional Youth Forum 2027', 'forum', 'Asia/Seoul', '2027-09-01', '2027-09-02', '2027-08-31T15:00:00Z',
            100000, 'published', now(), 'participants', '{}', '{}', '{}'
       FROM organizations WHERE name = 'ASEAN-Korea Youth Exchange Centre' RETURNING id`,
  );
  const eventId = rows[0]!.id;
  const family = [
    'Nguyễn',
    'Trần',
    'Lê',
    'Kim',
    'Park',
    'Srisai',
    'Santos',
    'Tan',
    'Wijaya',
    'Phan',
  ];
  const given = ['Thị Ánh', 'Văn Đức', 'Minh Hà', 'Ji-woo', 'Somchai', 'Maria', 'Wei', 'Linh'];
  await pool.query(
    `WITH people AS (
       INSERT INTO users (email, full_name, password_hash, email_verified_at)
       SELECT 'forum.bulk' || i || '@bench.gofar.local',
              ($2::text[])[1 + i % 10] || ' ' || ($3::text[])[1 + (i / 10) % 8] || ' ' || i,
              'scrypt$bench$not-a-password', now()
         FROM generate_series(1, $1::int) AS i
       RETURNING id, email)
     INSERT INTO registrations (event_id, user_id, status, nationality, date_of_birth, emergency_contact, waitlisted_at)
     SELECT $4, p.id, CASE WHEN n % 7 = 0 THEN 'waitlisted' ELSE 'confirmed' END,
            (ARRAY['VN','KR','TH','ID','PH','MY','SG','KH','LA','MM','BN'])[1 + n % 11], '2001-04-09',
            '{"name":"Kim","phone":"+82 10 1234 5678","relationship":"mother"}'::jsonb,
            CASE WHEN n % 7 = 0 THEN now() + n * interval '1 ms' END
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM people) AS p`,
    [count, family, given, eventId],
  );
  await pool.query('ANALYZE users');
  await pool.query('ANALYZE registrations');
  return eventId;
}

/** What to wait for in the page: elements matching `selector`, in number and content. */
interface Wanted {
  selector: string;
  count?: number;
  atLeast?: number;
  everyIncludes?: string;
}

/**
 * Milliseconds (page clock) until the page shows what is wanted, polled at every frame. A
 * function rather than a string: the app's CSP forbids evaluating strings.
 */
async function pageTimeUntil(page: Page, wanted: Wanted): Promise<number> {
  const handle = await page.waitForFunction(
    (spec: Wanted) => {
      const page = globalThis as unknown as {
        document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
      };
      const found = Array.from(page.document.querySelectorAll(spec.selector));
      const enough =
        spec.count !== undefined
          ? found.length === spec.count
          : found.length >= (spec.atLeast ?? 1);
      const matching =
        spec.everyIncludes === undefined ||
        found.every((element) => (element.textContent ?? '').includes(spec.everyIncludes!));
      return enough && matching ? performance.now() : false;
    },
    wanted,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

const ROWS = 'table[aria-label="Registrations"] tbody tr';

interface ConsoleTimes {
  firstRows: number;
  filter: number;
  search: number;
  dashboard: number;
}

async function consoleRound(
  browser: Browser,
  baseUrl: string,
  eventId: string,
): Promise<ConsoleTimes> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: LAPTOP,
    timezoneId: 'Asia/Seoul',
  });
  const answer = await context.request.post('/api/v1/auth/session', {
    data: { email: 'organizer@gofar.local', password: DEMO_PASSWORD },
    headers: { origin: baseUrl },
  });
  if (answer.status() !== 200) throw new Error(`organizer sign-in failed: ${answer.status()}`);
  const page = await context.newPage();

  await page.goto(`/console/events/${eventId}/registrations`, { waitUntil: 'commit' });
  const firstRows = await pageTimeUntil(page, { selector: ROWS });

  // A status filter: from the pick of the option to rows that all say "waiting list".
  await page
    .locator('input')
    .and(page.getByLabel('Status', { exact: true }))
    .click();
  const option = page.getByRole('option', { name: 'On the waiting list', exact: true });
  await option.waitFor();
  const picked = await page.evaluate(() => performance.now());
  await option.click();
  const filtered = await pageTimeUntil(page, { selector: ROWS, everyIncludes: 'waiting list' });

  // A search, debounce included: from the last key to the one matching row
  // ("Nguyễn Thị Ánh 4080"; "nguyen thi anh 40" also finds 240, 400, 1040 and more).
  await page.goto(`/console/events/${eventId}/registrations`);
  const search = page.getByRole('searchbox', { name: 'Search by name or email' });
  await search.fill('nguyen thi anh 40');
  await pageTimeUntil(page, { selector: ROWS, atLeast: 2 });
  // The key's own time, taken in the page when it arrives.
  await page.evaluate(() => {
    const page = globalThis as unknown as {
      document: { addEventListener(type: string, listener: () => void, capture: boolean): void };
      gofarKeyAt?: number;
    };
    page.document.addEventListener('keydown', () => (page.gofarKeyAt = performance.now()), true);
  });
  await search.press('8');
  const found = await pageTimeUntil(page, { selector: ROWS, count: 1, everyIncludes: '4080' });
  const typed = await page.evaluate(
    () => (globalThis as unknown as { gofarKeyAt: number }).gofarKeyAt,
  );

  await page.goto(`/console/events/${eventId}`, { waitUntil: 'commit' });
  const dashboard = await pageTimeUntil(page, { selector: '.recharts-surface', atLeast: 2 });
  await context.close();
  return { firstRows, filter: filtered - picked, search: found - typed, dashboard };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The same programme as static HTML: what "visible" costs with no app at all. */
function staticProgramme(itinerary: {
  days: {
    date: string;
    sessions: { title: string; localStart: string; localEnd: string; timezone: string }[];
  }[];
}): string {
  const days = itinerary.days
    .map(
      (day) =>
        `<section><h2>${day.date}</h2><ul>${day.sessions
          .map((s) => `<li>${s.localStart}–${s.localEnd} ${s.timezone}: ${s.title}</li>`)
          .join('')}</ul></section>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Itinerary</title></head><body><main><h1>Itinerary</h1>${days}</main></body></html>`;
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
  const baseline = createServer();
  try {
    const { rows } = await pool.query<{ email: string; event_id: string }>(
      `SELECT u.email, r.event_id FROM registrations r JOIN users u ON u.id = r.user_id
         JOIN events e ON e.id = r.event_id
        WHERE r.status = 'confirmed' AND e.title LIKE 'ASEAN-Korea Youth Network Workshop%'
        ORDER BY u.email LIMIT 1`,
    );
    const { email, event_id: eventId } = rows[0]!;
    const itineraryPath = `/me/itinerary/${eventId}`;

    const probe = await signedInContext(browser, api.baseUrl, email);
    const itinerary = await (
      await probe.request.get(`/api/v1/me/itinerary?eventId=${eventId}`)
    ).json();
    const html = staticProgramme(itinerary);
    baseline.on('request', (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((ready) => baseline.listen(0, '127.0.0.1', ready));
    const baselineUrl = `http://127.0.0.1:${(baseline.address() as AddressInfo).port}/`;

    const shipped = await scriptsOf(probe, itineraryPath, LAST_SESSION);
    const registrations = await scriptsOf(
      probe,
      '/me/registrations',
      'ASEAN-Korea Youth Network Workshop',
    );
    await probe.close();

    const cold: number[] = [];
    const warm: number[] = [];
    const plain: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const context = await signedInContext(browser, api.baseUrl, email);
      const page = await context.newPage();
      cold.push(await timeUntilVisible(page, itineraryPath, LAST_SESSION));
      warm.push(await timeUntilVisible(page, itineraryPath, LAST_SESSION));
      plain.push(await timeUntilVisible(page, baselineUrl, LAST_SESSION));
      await context.close();
    }

    const big = await bigEvent(pool, BIG_EVENT);
    const consoleTimes: ConsoleTimes[] = [];
    for (let round = 0; round < ROUNDS; round += 1)
      consoleTimes.push(await consoleRound(browser, api.baseUrl, big));
    const consoleMedian = (key: keyof ConsoleTimes) =>
      median(consoleTimes.map((times) => times[key])).toFixed(0);

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`machine: ${machine()}; ${ROUNDS} rounds, 375 px, medians`);
    console.log(
      `itinerary page JS: ${shipped.scripts} scripts, ${kb(shipped.raw)} raw, ${kb(shipped.gzip)} gzip`,
    );
    console.log(
      `my registrations JS: ${registrations.scripts} scripts, ${kb(registrations.raw)} raw, ${kb(registrations.gzip)} gzip`,
    );
    console.log(`baseline (static HTML, no script): ${median(plain).toFixed(0)} ms`);
    console.log(
      `itinerary visible, cold: ${median(cold).toFixed(0)} ms (ratio ${(median(plain) / median(cold)).toFixed(3)})`,
    );
    console.log(
      `itinerary visible, warm: ${median(warm).toFixed(0)} ms (ratio ${(median(plain) / median(warm)).toFixed(3)})`,
    );
    console.log(`console, ${BIG_EVENT} registrations, 1280 px:`);
    console.log(`  registrations, first rows: ${consoleMedian('firstRows')} ms`);
    console.log(`  status filter to filtered rows: ${consoleMedian('filter')} ms`);
    console.log(
      `  search (250 ms debounce included) to its one row: ${consoleMedian('search')} ms`,
    );
    console.log(`  dashboard with its charts: ${consoleMedian('dashboard')} ms`);
  } finally {
    baseline.close();
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
