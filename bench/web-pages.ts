/**
 * The participant's itinerary page in headless Chromium: time from navigation until the whole
 * 56-session demo programme is on screen, with an empty browser cache (cold) and after a first
 * visit (warm), and the JavaScript the page ships. Baseline, same run, same browser: the same
 * programme as a plain server-rendered HTML page (no script at all), served from this process.
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
