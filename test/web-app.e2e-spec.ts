import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  launchBrowser,
  newPage,
  seriousViolations,
  startWebStack,
} from './support/browser.js';
import { loginAdmin, newEvent, newOrganization } from './support/factories.js';
import { SmtpSink } from './support/smtp-sink.js';
import type { Stack } from './support/stack.js';

/** The API process serves the web app: its files, its pages, and nothing of the API's. */
describe('the web app, as the API serves it', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let eventTitle: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    browser = await launchBrowser();
    const admin = await loginAdmin(stack.client);
    const organization = await newOrganization(stack.client, admin);
    const event = await newEvent(stack.client, organization.organizer, organization.id);
    eventTitle = String(event.title);
    const published = await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, {
      token: organization.organizer.token,
    });
    expect(published.status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sink?.stop();
  });

  it.each([
    '/',
    '/events/8d5e7c1e-0000-4000-8000-000000000000',
    '/verify-email?token=abc',
    '/me/itinerary/x',
  ])(
    'answers the page path %s with the app, no-cache and the content security policy',
    async (path) => {
      const response = await stack.client.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(String(response.body)).toContain('<div id="root"></div>');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
    },
  );

  it('serves hashed assets with a year-long immutable cache', async () => {
    const page = await stack.client.get('/');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(String(page.body))?.[1];
    expect(script).toBeDefined();
    const asset = await stack.client.get(script!, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Compressed at build time, chosen by Accept-Encoding.
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('vary')).toContain('accept-encoding');
  });

  it.each(['/api/v1/nothing-here', '/api', '/health/nothing', '/admin/queues-x'])(
    'leaves %s to the API: a JSON 404, never the app',
    async (path) => {
      const response = await stack.client.get(path);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    },
  );

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])(
    'shows the published events in a browser (%s), with no serious accessibility problem',
    async (_name, viewport) => {
      const page = await newPage(browser, stack.api.baseUrl, { viewport });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        // Chromium logs every non-2xx fetch as an error; a signed-out visitor's 401 is expected.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          errors.push(message.text());
      });
      await page.goto('/');
      await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
      await page.getByRole('link', { name: eventTitle }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // A CSP violation or a failed script shows up as a console error.
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});

describe('the web app’s API types', () => {
  it('match the API’s OpenAPI document (npm run api:types regenerates them)', () => {
    const output = execFileSync(process.execPath, ['scripts/generate-api-types.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(output).toContain('matches the API');
  });
});
