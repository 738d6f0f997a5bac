import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, newPage, seriousViolations } from './browser.js';
import { type Account, PASSWORD } from './factories.js';

/** A fresh browser profile signed in as `account` with the session cookie, as the app does. */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  account: Account,
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const page = await newPage(browser, baseURL, options);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const status = await page.evaluate(
    async ({ email, password }) => {
      const response = await fetch('/api/v1/auth/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      return response.status;
    },
    { email: account.email, password: PASSWORD },
  );
  if (status !== 200) throw new Error(`browser sign-in failed: ${status}`);
  (page as Page & { pageErrors?: string[] }).pageErrors = errors;
  return page;
}

/** Uncaught errors the page threw since it opened. */
export const pageErrors = (page: Page): string[] =>
  (page as Page & { pageErrors?: string[] }).pageErrors ?? [];

/** Serious accessibility problems at a phone's width and a laptop's, on the page as it is. */
export async function violationsAtBothWidths(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    found.push(...(await seriousViolations(page)).map((v) => `${viewport.width}px ${v}`));
  }
  await page.setViewportSize(PHONE);
  return found;
}

/** Saves a screenshot into docs/screenshots when SCREENSHOTS=1 (for people to look at). */
export async function screenshot(page: Page, name: string, width = PHONE.width): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync('docs/screenshots', { recursive: true });
  const previous = page.viewportSize();
  await page.setViewportSize({ width, height: width === PHONE.width ? PHONE.height : 800 });
  // The header is fixed: a full-page picture taken while scrolled shows it mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
  if (previous) await page.setViewportSize(previous);
}
