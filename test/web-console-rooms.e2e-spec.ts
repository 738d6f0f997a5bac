import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, seriousViolations, startWebStack } from './support/browser.js';
import {
  type Account,
  type OrganizationFixture,
  loginAdmin,
  newEvent,
  newOrganization,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import type { Stack } from './support/stack.js';
import { databaseUrl } from './support/test-environment.js';
import { pause } from './support/timing.js';
import { pageErrors, signedInPage } from './support/web-participant.js';

const PEOPLE = [
  { name: 'Nguyễn Thị Ánh', nationality: 'VN', gender: 'female' },
  { name: 'Kim Ji-woo', nationality: 'KR', gender: 'female' },
  { name: 'Siriporn Srisuk', nationality: 'TH', gender: 'female' },
  { name: 'Putri Lestari', nationality: 'ID', gender: 'female' },
  { name: 'Trần Quốc Bảo', nationality: 'VN', gender: 'male' },
  { name: 'Alex Tan', nationality: 'SG', gender: 'other' },
];

async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await pause(100);
    last = await read();
  }
  expect(last).toEqual(expected);
}

/**
 * The console's rooms board in a browser: an organizer adds a room to a Seoul hotel, is told
 * who would be left without a bed, adds another, assigns everyone, sees a move refused with the
 * rule in words, and downloads the rooming list; the participant then sees the room.
 */
describe('the console: rooms', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let organization: OrganizationFixture;
  let organizer: Account;
  let people: Account[];
  let eventId: string;
  let hotelId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    origin = stack.api.baseUrl;
    browser = await launchBrowser();
    organization = await newOrganization(stack.client, await loginAdmin(stack.client));
    organizer = organization.organizer;
    const token = organizer.token;
    eventId = (
      await newEvent(stack.client, organizer, organization.id, {
        title: 'ASEAN–Korea Youth Workshop',
        capacity: 20,
        countryQuotas: {},
      })
    ).id;
    await stack.client.post(`/api/v1/events/${eventId}/publish`, undefined, { token });
    people = await fastUsers(
      databaseUrl(stack.databaseName),
      PEOPLE.length,
      'rooms-web',
      PEOPLE.map((p) => p.name),
    );
    for (const [index, person] of PEOPLE.entries()) {
      const response = await stack.client.post(
        `/api/v1/events/${eventId}/registrations`,
        registrationBody({ nationality: person.nationality, gender: person.gender }),
        { token: people[index]!.token },
      );
      expect(response.body.status).toBe('confirmed');
    }
    const hotel = await stack.client.post(
      `/api/v1/events/${eventId}/accommodations`,
      {
        name: 'Hotel Skypark Myeongdong',
        city: 'Seoul',
        timezone: 'Asia/Seoul',
        checkInOn: '2027-07-11',
        checkOutOn: '2027-07-16',
      },
      { token },
    );
    hotelId = hotel.body.id;
    for (const label of ['101', '102'])
      await stack.client.post(
        `/api/v1/accommodations/${hotelId}/rooms`,
        { label, beds: 2 },
        { token },
      );
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sink?.stop();
  });

  const card = (page: Page, label: string) => page.locator(`[data-room="${label}"]`);

  async function addRoom(page: Page, label: string) {
    await page.getByLabel('New room in Hotel Skypark Myeongdong', { exact: true }).fill(label);
    await page.getByRole('button', { name: 'Add the room' }).click();
    await card(page, label).waitFor();
  }

  it('lets an organizer assign rooms, see a refused move in words and download the list', async () => {
    const page = await signedInPage(browser, origin, organizer, { viewport: DESKTOP });
    await page.goto(`/console/events/${eventId}/rooms`);
    await page.getByRole('heading', { name: 'Rooms', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Hotel Skypark Myeongdong' }).waitFor();
    expect(await page.getByText('Without a room: 6 people').isVisible()).toBe(true);

    // Four women (two rooms), a man (one), a single room: three rooms are not enough.
    await addRoom(page, '103');
    await page.getByRole('button', { name: 'Auto-assign rooms' }).click();
    await page.getByRole('alert').filter({ hasText: 'left without a bed' }).waitFor();
    expect(await page.getByText('Without a room: 6 people').isVisible()).toBe(true);

    await addRoom(page, '104');
    await page.getByRole('button', { name: 'Auto-assign rooms' }).click();
    await page.getByText('Every confirmed participant has a room here.').waitFor();
    const occupants = async (label: string) =>
      (await card(page, label)
        .locator('[data-occupant]')
        .evaluateAll((nodes) =>
          nodes.map((node) => node.getAttribute('data-occupant')),
        )) as string[];
    const placed = (
      await Promise.all(['101', '102', '103', '104'].map((label) => occupants(label)))
    ).flat();
    expect(placed.sort()).toEqual(PEOPLE.map((p) => p.name).sort());

    // Moving the man into a women's room is refused, the rule said in words.
    const rooms = (
      await stack.client.get(`/api/v1/accommodations/${hotelId}`, { token: organizer.token })
    ).body.rooms as { label: string; beds: number; occupants: { fullName: string }[] }[];
    const women = rooms.find((room) => room.occupants.some((o) => o.fullName === 'Kim Ji-woo'))!;
    const move = page
      .locator('input')
      .and(page.getByLabel('Move Trần Quốc Bảo to another room', { exact: true }));
    await move.click();
    await page
      .getByRole('option', {
        name: `Room ${women.label} (${women.beds - women.occupants.length} free)`,
        exact: true,
      })
      .click();
    await page
      .getByRole('alert')
      .filter({
        hasText: 'Not moved: a room holds one room-sharing kind (female or male), never both.',
      })
      .waitFor();
    expect(await occupants(women.label)).not.toContain('Trần Quốc Bảo');

    // The rooming list, as the hotel gets it.
    const link = page.getByRole('link', { name: 'Download the rooming list' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/v1/accommodations/${hotelId}/rooming-list.csv`);
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    expect(csv).toContain('room,name,roomSharing,nationality,nights');
    expect(csv).toContain(`${women.label},Kim Ji-woo,female,KR,5`);

    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the participant their room and roommates in the itinerary', async () => {
    const page = await signedInPage(browser, origin, people[1]!, { viewport: DESKTOP });
    await page.goto(`/me/itinerary/${eventId}`);
    await page.getByRole('heading', { name: 'Where I sleep' }).waitFor();
    const section = page.getByRole('region', { name: 'Where I sleep' });
    await eventually(
      async () => (await section.textContent())?.includes('Hotel Skypark Myeongdong, Seoul'),
      true,
    );
    expect(await section.textContent()).toMatch(/Room 10\d/);
    expect(await section.textContent()).toContain('With ');
    await page.context().close();
  });
});
