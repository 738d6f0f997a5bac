import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, startWebStack } from './support/browser.js';
import { loginAdmin, newOrganization, type OrganizationFixture } from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { liveEvent, registerAll } from './support/live-programme.js';
import { SmtpSink } from './support/smtp-sink.js';
import type { Stack } from './support/stack.js';
import { pageErrors, signedInPage, violationsAtBothWidths } from './support/web-participant.js';

/**
 * Travel in a browser: a participant enters a flight on a phone-sized page, picking the airport
 * by searching and typing the landing time in the airport's own time; an organizer plans the
 * pickups on the console's board and sees the group.
 */
describe('travel and pickups, in a browser', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let centre: OrganizationFixture;
  const pages: Page[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    browser = await launchBrowser();
    centre = await newOrganization(stack.client, await loginAdmin(stack.client));
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

  it('a participant enters a flight on a phone, an organizer plans the pickup', async () => {
    const event = await liveEvent(stack.client, centre.organizer, centre.id, {
      overrides: { title: 'Seoul Arrivals Lab' },
      sessions: [{ title: 'Opening', startsAt: new Date(Date.now() + 30 * 3600_000) }],
    });
    const [person] = await fastUsers(stack.env.DATABASE_URL!, 1, 'flyer', ['Nguyễn Thị Ánh']);
    const [registration] = await registerAll(stack.client, event.id, [person!]);

    const phone = await signedInPage(browser, stack.api.baseUrl, person!);
    pages.push(phone);
    await phone.goto(`/me/registrations/${registration!.id}`);
    await phone.getByRole('link', { name: 'My travel details' }).click();
    await phone.getByRole('heading', { name: 'My travel' }).waitFor();
    await phone.getByLabel('Mobile phone').fill('+84901234567');
    const arrival = phone.getByRole('group', { name: 'Arrival' });
    await arrival.getByRole('combobox', { name: 'How you travel' }).click();
    await phone.getByRole('option', { name: 'By plane' }).click();
    await arrival.getByLabel('Flight number').fill('VN416');
    await arrival.getByRole('combobox', { name: 'Arrival airport' }).fill('incheon');
    await phone.getByRole('option', { name: /^ICN · Incheon International Airport/ }).click();
    await arrival.getByText('Local time at ICN: Seoul time').waitFor();
    await arrival.getByLabel('Landing time').fill('2027-07-11T15:40');
    expect(await violationsAtBothWidths(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Save my travel details' }).click();
    await phone.getByText('Your travel details are saved.').waitFor();

    const saved = await stack.client.get(`/api/v1/registrations/${registration!.id}/travel`, {
      token: person!.token,
    });
    expect(saved.body.arrival).toMatchObject({
      mode: 'flight',
      flightNumber: 'VN416',
      airport: 'ICN',
      arrivesAt: '2027-07-11T06:40:00.000Z',
      localArrival: '2027-07-11T15:40:00+09:00',
    });
    expect(saved.body.phone).toBe('+84901234567');

    const board = await signedInPage(browser, stack.api.baseUrl, centre.organizer, {
      viewport: DESKTOP,
    });
    pages.push(board);
    await board.goto(`/console/events/${event.id}/pickups`);
    await board.getByRole('heading', { name: 'Airport pickups' }).waitFor();
    await board.getByText('No pickups yet').waitFor();
    await board.getByRole('button', { name: 'Plan pickups' }).click();
    const group = board.getByRole('region', { name: /^ICN, .*16:25 Seoul time/ });
    await group.waitFor();
    await group.getByRole('cell', { name: 'Nguyễn Thị Ánh' }).waitFor();
    await group.getByRole('cell', { name: '+84901234567' }).waitFor();
    await group.getByRole('button', { name: 'Lock' }).click();
    await group.getByRole('button', { name: 'Unlock' }).waitFor();

    const itinerary = await stack.client.get(`/api/v1/me/itinerary?eventId=${event.id}`, {
      token: person!.token,
    });
    expect(itinerary.body.pickups).toEqual([
      expect.objectContaining({ airport: 'ICN', localMeet: '2027-07-11T16:25:00+09:00' }),
    ]);
    await phone.goto(`/me/itinerary/${event.id}`);
    await phone.getByRole('heading', { name: 'Airport pickup' }).waitFor();
    await phone.getByText(/Staff meet you at ICN on .*16:25 Seoul time/).waitFor();
  }, 180_000);
});
