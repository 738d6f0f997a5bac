import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  launchBrowser,
  newContext,
  newPage,
  seriousViolations,
  startWebStack,
} from './support/browser.js';
import {
  type Account,
  PASSWORD,
  loginAdmin,
  newEmail,
  newEvent,
  newOrganization,
  signup,
} from './support/factories.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import type { Stack } from './support/stack.js';

const NEW_PASSWORD = 'a brand new passphrase';
/** Set to write the pages' screenshots into docs/screenshots (for people to look at). */
const SCREENSHOTS = process.env.WEB_SCREENSHOTS === '1';

/**
 * The public pages and the account journeys, as a person uses them in a browser whose own zone
 * is St John's (UTC-03:30): signing up and verifying the address from the email, signing in and
 * out, a forgotten password, the event page with its programme in the event's own zone.
 */
describe('the web app: accounts and the event page', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let eventId: string;
  let eventTitle: string;
  let participant: Account;
  let registrationId: string;
  let cancelledId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    origin = stack.api.baseUrl;
    await stack.startWorker();
    browser = await launchBrowser();

    const admin = await loginAdmin(stack.client);
    const organization = await newOrganization(stack.client, admin);
    const token = organization.organizer.token;
    const event = await newEvent(stack.client, organization.organizer, organization.id, {
      itineraryVisibility: 'public',
      description: 'Five days in Seoul, then four in Hanoi.',
    });
    eventId = event.id;
    eventTitle = String(event.title);
    for (const session of [
      {
        title: 'Opening ceremony',
        type: 'ceremony',
        startsAt: '2027-07-12T09:00:00+09:00',
        endsAt: '2027-07-12T10:30:00+09:00',
        timezone: 'Asia/Seoul',
        venue: { name: 'Youth Centre', city: 'Seoul', country: 'KR' },
      },
      {
        title: 'Flight to Hanoi',
        type: 'travel',
        startsAt: '2027-07-17T10:00:00+09:00',
        endsAt: '2027-07-17T12:30:00+07:00',
        timezone: 'Asia/Seoul',
        endTimezone: 'Asia/Ho_Chi_Minh',
      },
      {
        title: 'Old Quarter walk',
        type: 'site_visit',
        startsAt: '2027-07-18T08:00:00+07:00',
        endsAt: '2027-07-18T11:00:00+07:00',
        timezone: 'Asia/Ho_Chi_Minh',
        venue: { name: 'Hoan Kiem Lake', city: 'Hanoi', country: 'VN' },
      },
    ]) {
      const created = await stack.client.post(`/api/v1/events/${eventId}/sessions`, session, {
        token,
      });
      expect(created.status).toBe(201);
    }
    expect(
      (await stack.client.post(`/api/v1/events/${eventId}/publish`, undefined, { token })).status,
    ).toBe(200);
    participant = await signup(stack.client);
    const registered = await stack.client.post(
      `/api/v1/events/${eventId}/registrations`,
      registrationBody(),
      { token: participant.token },
    );
    expect(registered.body).toMatchObject({ status: 'confirmed' });
    registrationId = registered.body.id;

    const cancelled = await newEvent(stack.client, organization.organizer, organization.id);
    cancelledId = cancelled.id;
    await stack.client.post(`/api/v1/events/${cancelledId}/publish`, undefined, { token });
    expect(
      (await stack.client.post(`/api/v1/events/${cancelledId}/cancel`, undefined, { token }))
        .status,
    ).toBe(200);
    if (SCREENSHOTS) mkdirSync('docs/screenshots', { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sink?.stop();
  });

  /** A browser session opened through the API, as another device would. */
  async function sessionCookie(email: string, password = PASSWORD): Promise<string> {
    const response = await stack.client.post(
      '/api/v1/auth/session',
      { email, password },
      { headers: { origin } },
    );
    expect(response.status).toBe(200);
    return /gofar_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')![1]!;
  }

  /** What GET /auth/session answers to a cookie value sent without a browser. */
  async function sessionStatus(cookie: string): Promise<number> {
    const response = await fetch(`${origin}/api/v1/auth/session`, {
      headers: { cookie: `gofar_session=${cookie}` },
    });
    return response.status;
  }

  async function cookieOf(context: BrowserContext): Promise<string> {
    const cookie = (await context.cookies()).find((each) => each.name === 'gofar_session');
    expect(cookie?.httpOnly).toBe(true);
    return cookie!.value;
  }

  /** The link of the newest email to `email` that points at `page` (taken from its text). */
  async function linkFromEmail(email: string, page: string): Promise<string> {
    const pattern = new RegExp(`https?://\\S+/${page}\\?token=[^\\s>)"]+`);
    await sink.waitFor(() => sink.to(email).some((mail) => pattern.test(mail.text)));
    const mail = sink
      .to(email)
      .filter((each) => pattern.test(each.text))
      .at(-1)!;
    const link = pattern.exec(mail.text)![0];
    expect(link.startsWith(`${origin}/${page}?token=`)).toBe(true);
    return link;
  }

  /** GET /auth/session as the page itself asks it (with its cookie). */
  async function sessionUser(
    page: Page,
  ): Promise<{ email: string; emailVerifiedAt: string | null }> {
    return page.evaluate(async () => {
      const body = (await (await fetch('/api/v1/auth/session')).json()) as {
        user: { email: string; emailVerifiedAt: string | null };
      };
      return body.user;
    });
  }

  async function signInThroughPage(page: Page, email: string, password: string) {
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('signs up, is signed in, and verifies the address from the emailed link', async () => {
    const page = await newPage(browser, origin);
    const email = newEmail('signup');
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the menu' }).click();
    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Create an account', level: 1 }).waitFor();

    // Too short a password is said next to the field, before anything is sent.
    await page.getByLabel('Full name').fill('Nguyen Thi Linh');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();
    expect(await stack.query('select 1 from users where email = $1', [email])).toHaveLength(0);

    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Welcome, Nguyen Thi Linh', level: 1 }).waitFor();
    await page.getByText(`We sent a link to ${email}`).waitFor();
    // Signed in, with a reminder on every page until the address is verified.
    await page.getByRole('link', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    await page.getByText(`open the link we sent to ${email}`).waitFor();
    expect(await sessionUser(page)).toMatchObject({ email, emailVerifiedAt: null });

    const link = await linkFromEmail(email, 'verify-email');
    await page.goto(link);
    await page.getByText('Your email address is verified').waitFor();
    expect((await sessionUser(page)).emailVerifiedAt).toEqual(expect.any(String));
    const [row] = await stack.query<{ verified: boolean }>(
      'select email_verified_at is not null as verified from users where email = $1',
      [email],
    );
    expect(row?.verified).toBe(true);
    // The banner is gone on the next page.
    await page.getByRole('link', { name: 'See the events' }).click();
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    expect(await page.getByText('open the link we sent').count()).toBe(0);

    // The same link a second time is explained, not a raw error.
    await page.goto(link);
    await page.getByText('This link no longer works').waitFor();
    await page.context().close();
  }, 90_000);

  it('explains a spent verification link and sends a new one to a signed-in person', async () => {
    const account = await signup(stack.client, 'resend');
    const page = await newPage(browser, origin, { viewport: DESKTOP });
    await page.goto(`/sign-in?next=${encodeURIComponent('/verify-email?token=spent')}`);
    await signInThroughPage(page, account.email, PASSWORD);
    await page.getByText('This link no longer works').waitFor();
    expect(new URL(page.url()).pathname).toBe('/verify-email');
    const resent = page.waitForResponse('**/api/v1/auth/verify-email/resend');
    await page.getByRole('button', { name: 'Send a new link' }).click();
    expect((await resent).status()).toBe(202);
    await page.getByText(`We sent a new link to ${account.email}`).waitFor();

    // The header: the person's name, their account, signing out.
    const header = page.getByRole('banner');
    await header.getByText(account.fullName).waitFor();
    await header.getByRole('link', { name: 'Account' }).waitFor();
    const cookie = await cookieOf(page.context());
    await header.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Sign up' }).waitFor();
    expect(await sessionStatus(cookie)).toBe(401);
    await page.context().close();
  }, 60_000);

  it('tells an email taken at the email field', async () => {
    const page = await newPage(browser, origin);
    await page.goto('/sign-up');
    await page.getByLabel('Full name').fill('Someone Else');
    await page.getByLabel('Email').fill(participant.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    const field = page.getByLabel('Email');
    await page.getByText('An account with this email already exists').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('signs in with ?next=/account, refuses a wrong password, and signs out for good', async () => {
    const account = await signup(stack.client, 'signin');
    const page = await newPage(browser, origin);
    await page.goto('/sign-in?next=/account');
    await signInThroughPage(page, account.email, 'not my password at all');
    await page.getByText('The email or password is not right.').waitFor();
    expect(page.url()).toBe(`${origin}/sign-in?next=/account`);

    await signInThroughPage(page, account.email, PASSWORD);
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
    const cookie = await cookieOf(page.context());
    expect(await sessionStatus(cookie)).toBe(200);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('button', { name: 'Open the menu' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await sessionStatus(cookie)).toBe(401);
    // A reload does not bring the session back.
    await page.goto('/account');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/account');
    await page.context().close();
  }, 60_000);

  it('never follows a ?next= to another site', async () => {
    const account = await signup(stack.client, 'next');
    const page = await newPage(browser, origin);
    await page.goto('/sign-in?next=//evil.example/account');
    await signInThroughPage(page, account.email, PASSWORD);
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    expect(page.url()).toBe(`${origin}/`);
    await page.context().close();
  });

  it('resets a forgotten password from the emailed link; older sessions end', async () => {
    const account = await signup(stack.client, 'forgot');
    const olderSession = await sessionCookie(account.email);
    expect(await sessionStatus(olderSession)).toBe(200);

    const page = await newPage(browser, origin);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?', level: 1 }).waitFor();
    await page.getByLabel('Email').fill(account.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(`If an account exists for ${account.email}`).waitFor();

    // An unknown address reads exactly the same.
    const other = await newPage(browser, origin);
    await other.goto('/forgot-password');
    await other.getByRole('heading', { name: 'Forgot your password?', level: 1 }).waitFor();
    const unknown = newEmail('nobody');
    await other.getByLabel('Email').fill(unknown);
    await other.getByRole('button', { name: 'Send the link' }).click();
    await other.getByText(`If an account exists for ${unknown}`).waitFor();
    await other.context().close();

    const link = await linkFromEmail(account.email, 'reset-password');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password', level: 1 }).waitFor();
    await page.getByLabel(/^New password(?! again)/).fill(NEW_PASSWORD);
    await page.getByLabel(/^New password again/).fill('something else entirely');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();
    await page.getByLabel(/^New password again/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('Your password is changed. Sign in with the new one.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await sessionStatus(olderSession)).toBe(401);

    await signInThroughPage(page, account.email, PASSWORD);
    await page.getByText('The email or password is not right.').waitFor();
    await signInThroughPage(page, account.email, NEW_PASSWORD);
    await page.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    expect(await sessionStatus(await cookieOf(page.context()))).toBe(200);

    // The link works once.
    await page.goto(link);
    await page.getByLabel(/^New password(?! again)/).fill('yet another passphrase');
    await page.getByLabel(/^New password again/).fill('yet another passphrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('This link no longer works').waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    await page.context().close();
  }, 90_000);

  it('changes the password on the account page and stays signed in', async () => {
    const account = await signup(stack.client, 'change');
    const otherDevice = await sessionCookie(account.email);
    const page = await newPage(browser, origin, { viewport: DESKTOP });
    await page.goto('/sign-in?next=/account');
    await signInThroughPage(page, account.email, PASSWORD);
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();

    await page.getByLabel('Current password').fill('not the current one');
    await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    // Said at the current password's field.
    await page
      .locator('.mantine-PasswordInput-root')
      .filter({ has: page.getByLabel('Current password') })
      .getByText('This is not your current password.')
      .waitFor();

    await page.getByLabel('Current password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed.').waitFor();
    expect(await sessionStatus(await cookieOf(page.context()))).toBe(200);
    expect(await sessionStatus(otherDevice)).toBe(401);
    await page.reload();
    await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();

    // The profile: name and time zone, searched by city.
    await page.getByLabel('Full name').fill('Tran Van Minh');
    await page.getByRole('combobox', { name: 'Your time zone' }).click();
    await page.getByRole('combobox', { name: 'Your time zone' }).fill('Ho Chi');
    await page.getByRole('option', { name: /Asia\/Ho Chi Minh \(UTC\+07:00\)/ }).click();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your profile is saved.').waitFor();
    const [row] = await stack.query<{ full_name: string; timezone: string }>(
      'select full_name, timezone from users where email = $1',
      [account.email],
    );
    expect(row).toEqual({ full_name: 'Tran Van Minh', timezone: 'Asia/Ho_Chi_Minh' });
    await page.getByRole('banner').getByText('Tran Van Minh').waitFor();

    // Sign out everywhere asks first, then ends this session too.
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out everywhere?' });
    await dialog.getByText('this one included').waitFor();
    const cookie = await cookieOf(page.context());
    await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByText('You are signed out on every device.').waitFor();
    expect(await sessionStatus(cookie)).toBe(401);
    await page.context().close();
  }, 90_000);

  it('shows the event in its own zone, its seats and its public programme', async () => {
    const page = await newPage(browser, origin, { timezoneId: 'America/St_Johns' });
    await page.goto('/');
    await page.getByRole('link', { name: eventTitle }).click();
    await page.getByRole('heading', { name: eventTitle, level: 1 }).waitFor();
    expect(page.url()).toBe(`${origin}/events/${eventId}`);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'America/St_Johns',
    );
    const text = (await page.locator('#main').innerText()).replace(/[\u2009\u202f]/g, ' ');
    expect(text).toMatch(/Jul 12 – 20, 2027 · Seoul time \(UTC\+09:00\)/);
    expect(text).toContain('47 seats left of 48');
    expect(text).toContain('Registration is open until');
    expect(text).toContain('Five days in Seoul, then four in Hanoi.');

    // The programme: days by their local dates, times in the place's zone, never St John's.
    const programme = page.getByRole('region', { name: 'Programme' });
    await programme.getByRole('heading', { name: 'Monday, July 12, 2027', level: 3 }).waitFor();
    const days = await programme.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(days).toEqual([
      'Monday, July 12, 2027',
      'Saturday, July 17, 2027',
      'Sunday, July 18, 2027',
    ]);
    const programmeText = await programme.innerText();
    expect(programmeText).toContain('09:00 – 10:30 Seoul time');
    expect(programmeText).toContain('10:00 Seoul time – 12:30 Hanoi time');
    expect(programmeText).toContain('08:00 – 11:00 Hanoi time');
    expect(programmeText).not.toContain('St Johns');

    // A visitor registers through sign-in, and comes back to the registration page.
    const register = page.getByRole('link', { name: 'Sign in to register' });
    expect(await register.getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent(`/events/${eventId}/register`)}`,
    );
    const visitor = await signup(stack.client, 'visitor');
    await register.click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await signInThroughPage(page, visitor.email, PASSWORD);
    await page.getByRole('heading', { name: `Register for ${eventTitle}`, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/events/${eventId}/register`);
    await page.context().close();
  });

  it('links a registered person to their registration instead of registering again', async () => {
    const page = await newPage(browser, origin);
    await page.goto(`/sign-in?next=${encodeURIComponent(`/events/${eventId}`)}`);
    await signInThroughPage(page, participant.email, PASSWORD);
    await page.getByRole('heading', { name: eventTitle, level: 1 }).waitFor();
    const link = page.getByRole('link', { name: 'See your registration' });
    expect(await link.getAttribute('href')).toBe(`/me/registrations/${registrationId}`);
    expect(await page.getByRole('link', { name: 'Register' }).count()).toBe(0);
    await page.context().close();
  });

  it('says when registration opens, in the event’s zone, and that places are reviewed', async () => {
    const admin = await loginAdmin(stack.client);
    const organization = await newOrganization(stack.client, admin);
    const token = organization.organizer.token;
    const later = await newEvent(stack.client, organization.organizer, organization.id, {
      requiresApproval: true,
      registrationOpensAt: '2027-03-02T09:00:00+09:00',
    });
    await stack.client.post(`/api/v1/events/${later.id}/publish`, undefined, { token });
    const full = await newEvent(stack.client, organization.organizer, organization.id, {
      capacity: 1,
    });
    await stack.client.post(`/api/v1/events/${full.id}/publish`, undefined, { token });
    const taken = await stack.client.post(
      `/api/v1/events/${full.id}/registrations`,
      registrationBody(),
      { token: participant.token },
    );
    expect(taken.body).toMatchObject({ status: 'confirmed' });

    const page = await newPage(browser, origin);
    await page.goto(`/events/${later.id}`);
    const registration = page.getByRole('region', { name: 'Registration' });
    // 09:00 in Seoul is 20:30 the day before in St John's: the page keeps Seoul's clock.
    await registration.getByText('Registration opens Tue, Mar 2, 2027, 09:00 Seoul time').waitFor();
    await registration.getByText('The organizers review each registration').waitFor();
    expect(await registration.getByRole('link').count()).toBe(0);

    await page.goto(`/events/${full.id}`);
    await page.getByText('Full: new registrations join the waiting list').waitFor();
    await page.getByText('Waiting list', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('says when an event is cancelled, with no way to register', async () => {
    const page = await newPage(browser, origin);
    await page.goto(`/events/${cancelledId}`);
    await page.getByText('This event is cancelled').waitFor();
    expect(await page.getByRole('link', { name: /register/i }).count()).toBe(0);
    await page.context().close();
  });

  describe.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('at %s size, no serious accessibility problem', (size, viewport) => {
    const pages: [string, string, string, string][] = [
      ['event list', '/', 'Events', 'events'],
      ['event', '', '', 'event-page'],
      ['sign in', '/sign-in', 'Sign in', 'sign-in'],
      ['sign up', '/sign-up', 'Create an account', 'sign-up'],
      ['forgot password', '/forgot-password', 'Forgot your password?', 'forgot-password'],
      ['reset password', '/reset-password?token=x', 'Choose a new password', 'reset-password'],
      ['account', '/account', 'Your account', 'account'],
    ];
    it.each(pages)(
      'on the %s page',
      async (name, path, heading, file) => {
        const context = await newContext(browser, origin, { viewport });
        if (name === 'account') {
          const account = await signup(stack.client, 'axe');
          await context.addCookies([
            { name: 'gofar_session', value: await sessionCookie(account.email), url: origin },
          ]);
        }
        const page = await context.newPage();
        await page.goto(path || `/events/${eventId}`);
        await page
          .getByRole('heading', { name: heading || eventTitle, level: 1, exact: true })
          .waitFor();
        if (!path) await page.getByRole('region', { name: 'Programme' }).waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        // Every page at phone size; the two widest pages at desktop size too.
        if (SCREENSHOTS && (size === 'phone' || ['event-page', 'account'].includes(file))) {
          await page.screenshot({ path: `docs/screenshots/${file}-${size}.png` });
        }
        await context.close();
      },
      60_000,
    );
  });
});
