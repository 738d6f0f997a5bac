import { AxeBuilder } from '@axe-core/playwright';
import chromium from '@sparticuz/chromium';
import {
  type Browser,
  type BrowserContext,
  type Page,
  chromium as playwright,
} from 'playwright-core';
import { freePort } from './api-process.js';
import { Stack } from './stack.js';

/** Viewports the pages must work at: a small phone and a laptop. */
export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * Headless Chromium from the npm package @sparticuz/chromium (nothing downloaded at run time).
 * Its `--single-process` flag is for serverless hosts: with it, closing one context kills the
 * browser, so it is left out.
 */
export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: chromium.args.filter((arg) => arg !== '--single-process'),
    headless: true,
  });
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** The browser's own zone: neither UTC nor Asian, so pages that lean on it show it. */
  timezoneId?: string;
}

/** A fresh browser profile (no cookies, no storage) on the stack's origin. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  options: PageOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: options.viewport ?? PHONE,
    timezoneId: options.timezoneId ?? 'America/St_Johns',
    locale: 'en-GB',
  });
}

export async function newPage(
  browser: Browser,
  baseURL: string,
  options: PageOptions = {},
): Promise<Page> {
  const context = await newContext(browser, baseURL, options);
  return context.newPage();
}

/**
 * A stack whose API knows its own address as PUBLIC_URL, as the session cookie's origin rule
 * and the links in emails need: the port is chosen before the API starts.
 */
export async function startWebStack(
  smtpUrl: string,
  overrides: Record<string, string> = {},
): Promise<Stack> {
  const port = await freePort();
  return Stack.start(smtpUrl, {
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...overrides,
  });
}

/** Serious and critical accessibility violations on the page as it is now (axe-core). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`)
          .join(', ')}`,
    );
}
