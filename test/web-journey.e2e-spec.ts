import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, startWebStack } from './support/browser.js';
import {
  PASSWORD,
  loginAdmin,
  newEmail,
  newEvent,
  newOrganization,
  signup,
} from './support/factories.js';
import { SmtpSink } from './support/smtp-sink.js';
import type { Stack } from './support/stack.js';

/**
 * A newcomer's whole first journey on a phone, through the pages only: find the workshop, sign
 * up, be refused registration until the address is verified, open the emailed link, register,
 * see the confirmation on the page and in the inbox.
 */
describe('a newcomer signs up, verifies the address and registers, on a phone', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let event: { id: string; title: string };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    await stack.startWorker();
    browser = await launchBrowser();
    origin = stack.api.baseUrl;
    const organization = await newOrganization(stack.client, await loginAdmin(stack.client));
    const created = await newEvent(stack.client, organization.organizer, organization.id, {
      title: `ASEAN-Korea Youth Workshop ${Math.random().toString(36).slice(2, 6)}`,
      timezone: 'Asia/Seoul',
      startsOn: '2027-07-12',
      endsOn: '2027-07-20',
      capacity: 48,
      countryQuotas: Object.fromEntries(
        ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'].map((code) => [code, 4]),
      ),
      defaultCountryQuota: 8,
      requireVerifiedEmail: true,
    });
    const published = await stack.client.post(`/api/v1/events/${created.id}/publish`, undefined, {
      token: organization.organizer.token,
    });
    expect(published.status).toBe(200);
    event = { id: created.id, title: String(created.title) };
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sink?.stop();
  });

  it('ends confirmed, on the page and by email', async () => {
    const page = await newPage(browser, origin);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const email = newEmail('newcomer');

    // From the front page to the event, which says a verified address is needed.
    await page.goto('/');
    await page.getByRole('link', { name: event.title }).click();
    await page.getByRole('heading', { name: event.title, level: 1 }).waitFor();
    await page.getByText('You need a verified email address to register.').waitFor();
    await page.getByRole('link', { name: 'Sign in to register' }).click();
    await page
      .getByRole('link', { name: /Create an account|Sign up/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Create an account', level: 1 }).waitFor();
    await page.getByLabel('Full name').fill('Nguyễn Thị Ánh');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Welcome, Nguyễn Thị Ánh', level: 1 }).waitFor();

    // Registering before verifying is refused, and the page says what to do.
    await page.goto(`/events/${event.id}/register`);
    await fillForm(page);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByText('Please confirm your email address first').waitFor();
    expect(
      await stack.query('select 1 from registrations where event_id = $1', [event.id]),
    ).toHaveLength(0);

    // The welcome email's link verifies the address.
    const pattern = /https?:\/\/\S+\/verify-email\?token=[^\s>)"]+/;
    await sink.waitFor(() => sink.to(email).some((mail) => pattern.test(mail.text)));
    const link = pattern.exec(sink.to(email).find((mail) => pattern.test(mail.text))!.text)![0];
    expect(link.startsWith(`${origin}/verify-email?token=`)).toBe(true);
    await page.goto(link);
    await page.getByText('Your email address is verified').waitFor();

    // Now the same form goes through.
    await page.goto(`/events/${event.id}/register`);
    await fillForm(page);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'You are registered' }).waitFor();
    await sink.waitFor(() =>
      sink.to(email).some((mail) => mail.subject.toLowerCase().includes('confirmed')),
    );
    const [row] = await stack.query<{ status: string; nationality: string }>(
      `select r.status, r.nationality from registrations r join users u on u.id = r.user_id
        where u.email = $1 and r.event_id = $2`,
      [email, event.id],
    );
    expect(row).toEqual({ status: 'confirmed', nationality: 'VN' });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('works from the keyboard alone: skip link, sign-in form, the account page', async () => {
    const person = await signup(stack.client, 'keyboard');
    const page = await newPage(browser, origin);
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
      });
    // The first Tab reaches the skip link, which jumps to the page's main content.
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to content');
    // Tab on to the email field, then type, Tab, type, Enter: nothing needs a mouse.
    for (let presses = 0; presses < 15; presses += 1) {
      if (await page.getByLabel('Email').evaluate((input) => input === document.activeElement))
        break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.type(person.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    // Focus is visible: the focused link draws an outline.
    await page.goto('/account');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return getComputedStyle(element).outlineStyle;
    });
    expect(outline).not.toBe('none');
    await page.context().close();
  }, 60_000);

  it('sends a person whose session ended to sign in, then back to the page they were on', async () => {
    const person = await signup(stack.client, 'returning');
    const page = await newPage(browser, origin);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(person.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    await page.goto('/me/registrations');
    await page.getByRole('heading', { name: 'My registrations', level: 1 }).waitFor();

    // Signed out everywhere from another device: this page's session is over.
    const everywhere = await stack.client.request('DELETE', '/api/v1/auth/sessions', undefined, {
      token: person.token,
    });
    expect(everywhere.status).toBe(204);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/me/registrations');

    await page.getByLabel('Email').fill(person.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My registrations', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/me/registrations');
    await page.context().close();
  }, 60_000);
});

async function fillForm(page: import('playwright-core').Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /^Register for/ }).waitFor();
  await page.getByRole('combobox', { name: 'Nationality' }).fill('Viet');
  await page.getByRole('option', { name: 'Vietnam' }).click();
  await page.getByLabel('Date of birth').fill('2003-02-14');
  const emergency = page.getByRole('group', { name: 'Emergency contact' });
  await emergency.getByLabel('Name').fill('Nguyễn Văn Bình');
  await emergency.getByLabel('Phone').fill('+84 912 345 678');
  await emergency.getByLabel('Relationship to you').fill('father');
}
