import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startWebStack } from './support/browser.js';
import {
  type Account,
  type OrganizationFixture,
  loginAdmin,
  newEvent,
  newOrganization,
  signup,
} from './support/factories.js';
import { SmtpSink } from './support/smtp-sink.js';
import type { Stack } from './support/stack.js';
import {
  pageErrors,
  screenshot,
  signedInPage,
  violationsAtBothWidths,
} from './support/web-participant.js';

/**
 * A participant in a browser: registering (confirmed, waiting list, a minor with a guardian),
 * their registrations, and cancelling so the next person in line is promoted and emailed.
 */
describe('the participant’s registration pages, in a browser', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let organization: OrganizationFixture;
  const pages: Page[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    await stack.startWorker();
    browser = await launchBrowser();
    organization = await newOrganization(stack.client, await loginAdmin(stack.client));
  }, 120_000);

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

  async function workshop(overrides: Record<string, unknown> = {}) {
    const event = await newEvent(stack.client, organization.organizer, organization.id, {
      title: `Mekong Youth Lab ${Math.random().toString(36).slice(2, 6)}`,
      timezone: 'Asia/Seoul',
      startsOn: '2027-07-12',
      endsOn: '2027-07-20',
      capacity: 2,
      countryQuotas: {},
      ...overrides,
    });
    const published = await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, {
      token: organization.organizer.token,
    });
    expect(published.status).toBe(200);
    return { id: event.id, title: String(event.title) };
  }

  async function open(account: Account): Promise<Page> {
    const page = await signedInPage(browser, stack.api.baseUrl, account);
    pages.push(page);
    return page;
  }

  /** Fills the form as a person would: searching the country, typing the rest. */
  async function fillAdult(page: Page, dateOfBirth = '2001-04-09') {
    await page.getByRole('combobox', { name: 'Nationality' }).fill('Viet');
    await page.getByRole('option', { name: 'Vietnam' }).click();
    await page.getByLabel('Date of birth').fill(dateOfBirth);
    const dietary = page.getByRole('combobox', { name: 'Dietary requirements' });
    await dietary.fill('Halal');
    await dietary.press('Enter');
    await dietary.fill('no shellfish');
    await dietary.press('Enter');
    await page.getByLabel('Medical notes').fill('Asthma: carries an inhaler');
    const emergency = page.getByRole('group', { name: 'Emergency contact' });
    await emergency.getByLabel('Name').fill('Nguyen Van Binh');
    await emergency.getByLabel('Phone').fill('+84 912 345 678');
    await emergency.getByLabel('Relationship to you').fill('father');
    await page.getByLabel('Why do you want to take part?').fill('To meet people from ASEAN');
  }

  async function register(page: Page, eventId: string, dateOfBirth?: string) {
    await page.goto(`/events/${eventId}/register`);
    await page.getByRole('heading', { level: 1, name: /^Register for/ }).waitFor();
    await fillAdult(page, dateOfBirth);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
  }

  it('registers a person for a workshop: the page says confirmed, with no serious accessibility problem', async () => {
    const event = await workshop();
    const person = await signup(stack.client, 'linh');
    const page = await open(person);
    await page.goto(`/events/${event.id}/register`);
    await page.getByRole('heading', { level: 1, name: `Register for ${event.title}` }).waitFor();
    expect(await violationsAtBothWidths(page)).toEqual([]);
    await screenshot(page, 'register-phone');
    await screenshot(page, 'register-desktop', 1280);
    // The guardian's section is only for minors.
    await fillAdult(page);
    expect(await page.getByRole('group', { name: 'Parent or guardian' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'You are registered' }).waitFor();
    expect(await page.getByText(`Your place at ${event.title} is confirmed.`).count()).toBe(1);

    const mine = await stack.client.get('/api/v1/me/registrations', { token: person.token });
    expect(mine.body.items).toMatchObject([
      {
        eventId: event.id,
        status: 'confirmed',
        nationality: 'VN',
        dateOfBirth: '2001-04-09',
        dietaryRequirements: ['Halal', 'no shellfish'],
        emergencyContact: { name: 'Nguyen Van Binh', phone: '+84 912 345 678' },
        guardian: null,
      },
    ]);
  });

  it('tells the person beyond capacity their place in line; a cancellation on the page promotes them, and they are emailed', async () => {
    const event = await workshop();
    const [first, second, third] = await Promise.all([
      signup(stack.client, 'first'),
      signup(stack.client, 'second'),
      signup(stack.client, 'third'),
    ]);
    for (const person of [first!, second!]) {
      const page = await open(person);
      await register(page, event.id);
      await page.getByRole('heading', { level: 1, name: 'You are registered' }).waitFor();
    }

    const waiting = await open(third!);
    await register(waiting, event.id);
    await waiting.getByRole('heading', { level: 1, name: 'You are on the waiting list' }).waitFor();
    expect(await waiting.getByText('You are number 1 on the waiting list').count()).toBe(1);
    await waiting.getByRole('link', { name: 'See my registration' }).click();
    await waiting.waitForURL(/\/me\/registrations\/[0-9a-f-]{36}$/);
    const waitingUrl = waiting.url();
    await waiting.getByText('You are number 1 on the waiting list').waitFor();
    await waiting.goto('/me/registrations');
    await waiting.getByRole('heading', { level: 1, name: 'My registrations' }).waitFor();
    await waiting.getByRole('link', { name: event.title }).waitFor();
    expect(await waiting.getByText('On the waiting list', { exact: true }).count()).toBe(1);
    expect(await waiting.getByText('You are number 1 on the waiting list').count()).toBe(1);
    expect(await violationsAtBothWidths(waiting)).toEqual([]);
    await screenshot(waiting, 'registrations-phone');

    // The first person cancels through their registration page.
    const cancelling = await open(first!);
    await cancelling.goto('/me/registrations');
    await cancelling.getByRole('link', { name: event.title }).click();
    await cancelling.getByRole('heading', { level: 1, name: event.title }).waitFor();
    await cancelling.getByText('Confirmed', { exact: true }).waitFor();
    await cancelling.getByRole('link', { name: 'My itinerary' }).waitFor();
    await cancelling.getByRole('heading', { name: 'History' }).waitFor();
    await cancelling.getByText('Registered: Confirmed').waitFor();
    expect(await violationsAtBothWidths(cancelling)).toEqual([]);
    await screenshot(cancelling, 'registration-phone');
    await cancelling.getByRole('button', { name: 'Cancel my registration' }).click();
    const dialog = cancelling.getByRole('dialog', { name: 'Cancel your registration?' });
    await dialog.getByText(/goes to the next person on the waiting list/).waitFor();
    await dialog.getByRole('button', { name: 'Yes, cancel my registration' }).click();
    await cancelling.getByText('You cancelled this registration.').waitFor();
    await cancelling.getByText('Cancelled', { exact: true }).waitFor();
    await cancelling.getByText('Confirmed → Cancelled').waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(
      await cancelling.getByRole('button', { name: 'Cancel my registration', exact: true }).count(),
    ).toBe(0);

    // The person in line is promoted: their page says so, and the email arrives.
    await waiting.goto(waitingUrl);
    await waiting.getByRole('heading', { level: 1, name: event.title }).waitFor();
    await waiting.getByText('Confirmed', { exact: true }).waitFor();
    await waiting.getByText('On the waiting list → Confirmed').waitFor();
    await waiting.getByText(/automatically/).waitFor();
    expect(await waiting.getByText(/on the waiting list$/).count()).toBe(0);
    await sink.waitFor((messages) =>
      messages.some(
        (message) =>
          message.to === third!.email.toLowerCase() &&
          message.subject === `A seat freed up: you are confirmed for ${event.title}`,
      ),
    );
  });

  it('asks a minor for a guardian’s details and consent, and registers them once given', async () => {
    const event = await workshop({ capacity: 10 });
    const minor = await signup(stack.client, 'minor');
    const page = await open(minor);
    // 16 on the first day (2027-07-12).
    await register(page, event.id, '2011-03-01');
    const guardian = page.getByRole('group', { name: 'Parent or guardian' });
    await guardian.waitFor();
    await guardian.getByText('The guardian’s consent is needed.').waitFor();
    expect(await guardian.getByText('Please fill this in.').count()).toBe(3);
    // The first problem, below the fold on a phone, has the focus.
    await guardian.getByLabel('Guardian’s name').and(page.locator(':focus')).waitFor();
    expect(await violationsAtBothWidths(page)).toEqual([]);
    await screenshot(page, 'register-minor-phone');
    expect(
      (await stack.client.get('/api/v1/me/registrations', { token: minor.token })).body.items,
    ).toEqual([]);

    // An adult on the first day has no guardian's section.
    await page.getByLabel('Date of birth').fill('2009-07-12');
    await guardian.waitFor({ state: 'detached' });
    await page.getByLabel('Date of birth').fill('2009-07-13');
    await guardian.waitFor();

    await guardian.getByLabel('Guardian’s name').fill('Tran Thi Mai');
    await guardian.getByLabel('Guardian’s phone').fill('+84 903 111 222');
    await guardian.getByLabel('Guardian’s email').fill('mai@example.org');
    await guardian.getByLabel('Relationship to you').fill('mother');
    await guardian.getByRole('checkbox', { name: /I consent/ }).check();
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'You are registered' }).waitFor();

    const mine = await stack.client.get('/api/v1/me/registrations', { token: minor.token });
    expect(mine.body.items).toMatchObject([
      {
        status: 'confirmed',
        dateOfBirth: '2009-07-13',
        guardian: { name: 'Tran Thi Mai', relationship: 'mother', consent: true },
      },
    ]);
    expect(mine.body.items[0].guardian.consentedAt).toEqual(expect.any(String));
  });

  it('shows the API’s refusals in words, next to the field they concern', async () => {
    const event = await workshop({ capacity: 10 });
    const person = await signup(stack.client, 'twice');
    const page = await open(person);
    await register(page, event.id);
    await page.getByRole('heading', { level: 1, name: 'You are registered' }).waitFor();
    await register(page, event.id);
    await page.getByRole('alert').getByText('You are already registered for this event.').waitFor();
    await page.getByRole('alert').getByRole('link', { name: 'My registrations' }).waitFor();

    // A nationality the event does not take: said under the nationality.
    const closedToVietnam = await workshop({ capacity: 10, defaultCountryQuota: 0 });
    await register(page, closedToVietnam.id);
    const nationality = page.getByRole('combobox', { name: 'Nationality' });
    await page.getByText('This event does not take participants of this nationality.').waitFor();
    expect(await nationality.getAttribute('aria-invalid')).toBe('true');
  });

  it('tells a person when their registration waits for approval; the itinerary says it comes once confirmed', async () => {
    const event = await workshop({ capacity: 10, requiresApproval: true });
    const person = await signup(stack.client, 'applicant');
    const page = await open(person);
    await register(page, event.id);
    await page
      .getByRole('heading', { level: 1, name: 'Your registration is waiting for approval' })
      .waitFor();
    await page.getByRole('link', { name: 'See my registration' }).click();
    await page.getByText('Waiting for approval', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'My itinerary' }).count()).toBe(0);
    await page.goto(`/me/itinerary/${event.id}`);
    await page
      .getByRole('heading', { name: 'Your itinerary appears once your place is confirmed' })
      .waitFor();
  });
});
