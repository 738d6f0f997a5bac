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
import { pageErrors, signedInPage } from './support/web-participant.js';

const PEOPLE = [
  'Nguyễn Thị Ánh',
  'Kim Ji-woo',
  'Siriporn Srisuk',
  'Putri Lestari',
  'Trần Quốc Bảo',
] as const;

/**
 * The console's flights board in a browser: an organizer sees the arrivals by the local day at
 * the airport, then by airport, with local times in the airport's zone, switches to
 * departures, and reads who has not yet given their arrival, departure, passport or phone.
 */
describe('the console: flights', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let organization: OrganizationFixture;
  let organizer: Account;
  let eventId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    origin = stack.api.baseUrl;
    browser = await launchBrowser();
    organization = await newOrganization(stack.client, await loginAdmin(stack.client));
    organizer = organization.organizer;
    eventId = (
      await newEvent(stack.client, organizer, organization.id, {
        title: 'ASEAN–Korea Youth Workshop',
        capacity: 20,
        countryQuotas: {},
      })
    ).id;
    await stack.client.post(`/api/v1/events/${eventId}/publish`, undefined, {
      token: organizer.token,
    });
    const people = await fastUsers(databaseUrl(stack.databaseName), PEOPLE.length, 'flights-web', [
      ...PEOPLE,
    ]);
    const registrations: string[] = [];
    for (const person of people) {
      const response = await stack.client.post(
        `/api/v1/events/${eventId}/registrations`,
        registrationBody({ nationality: 'VN' }),
        { token: person.token },
      );
      expect(response.body.status).toBe('confirmed');
      registrations.push(response.body.id);
    }
    const travel = async (index: number, body: unknown) => {
      const response = await stack.client.put(
        `/api/v1/registrations/${registrations[index]}/travel`,
        body,
        { token: people[index]!.token },
      );
      expect(response.status).toBe(200);
    };
    const flight = (
      flightNumber: string,
      airport: string,
      arrivesAt: string,
      terminal?: string,
    ) => ({
      mode: 'flight',
      flightNumber,
      airport,
      arrivesAt,
      ...(terminal ? { terminal } : {}),
    });
    const home = {
      mode: 'flight',
      flightNumber: 'VN417',
      airport: 'HAN',
      departsAt: '2027-07-20T23:55:00+07:00',
    };
    const passport = {
      number: 'C1234567',
      issuingCountry: 'VN',
      expiresOn: '2035-01-31',
      fullNameAsInPassport: 'NGUYEN THI ANH',
    };
    await travel(0, {
      phone: '+84901234567',
      arrival: flight('VN416', 'ICN', '2027-07-11T23:40:00+09:00', 'T2'),
      departure: home,
      passport,
    });
    // 16:30 UTC on the 11th lands at 01:30 on the 12th in Seoul: Seoul's day, not UTC's.
    await travel(1, {
      phone: '+821012345678',
      arrival: flight('KE480', 'ICN', '2027-07-11T16:30:00Z', 'T1'),
      departure: { ...home, flightNumber: 'VJ961', departsAt: '2027-07-20T21:10:00+07:00' },
      passport: { ...passport, number: 'M7654321', fullNameAsInPassport: 'KIM JI WOO' },
    });
    await travel(2, {
      phone: '+66812345678',
      arrival: flight('TG658', 'GMP', '2027-07-12T08:15:00+09:00'),
    });
    await travel(3, { arrival: { mode: 'ground' } });
    // Trần Quốc Bảo has given nothing yet.
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sink?.stop();
  });

  const rows = (page: Page, airportHeading: string) =>
    page
      .getByRole('region', { name: airportHeading })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
      );

  it('shows arrivals by local day and airport, departures, and who is missing what', async () => {
    const page = await signedInPage(browser, origin, organizer, { viewport: DESKTOP });
    await page.goto(`/console/events/${eventId}`);
    await page.getByRole('link', { name: 'Flights' }).click();
    await page.getByRole('heading', { name: 'Flights', level: 2 }).waitFor();

    const days = page.getByRole('heading', { level: 3 });
    await page.getByRole('heading', { name: 'Sunday, July 11, 2027', level: 3 }).waitFor();
    expect(await days.allTextContents()).toEqual([
      'Still missing',
      'Sunday, July 11, 2027',
      'Monday, July 12, 2027',
    ]);
    const day11 = page.getByRole('region', { name: 'Sunday, July 11, 2027' });
    const day12 = page.getByRole('region', { name: 'Monday, July 12, 2027' });
    expect(await day11.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'ICN · Incheon International Airport',
    ]);
    expect(await day12.getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'GMP · Gimpo International Airport',
      'ICN · Incheon International Airport',
    ]);
    expect(await day11.getByText('Seoul time (UTC+09:00)').count()).toBe(1);
    expect(
      await day11
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
        ),
    ).toEqual([['Nguyễn Thị Ánh', 'VN416', '23:40 Seoul time', 'T2']]);
    expect(await rows(day12, 'ICN · Incheon International Airport')).toEqual([
      ['Kim Ji-woo', 'KE480', '01:30 Seoul time', 'T1'],
    ]);
    expect(await rows(day12, 'GMP · Gimpo International Airport')).toEqual([
      ['Siriporn Srisuk', 'TG658', '08:15 Seoul time', '—'],
    ]);

    // Who has not given what: counts and names per kind.
    const missing = (kind: string) => page.locator(`[data-missing="${kind}"]`).textContent();
    expect(await missing('arrival')).toBe('Arrival 1Trần Quốc Bảo');
    expect(await missing('departure')).toBe(
      'Departure 3Siriporn Srisuk, Putri Lestari, Trần Quốc Bảo',
    );
    expect(await missing('passport')).toBe(
      'Passport 3Siriporn Srisuk, Putri Lestari, Trần Quốc Bảo',
    );
    expect(await missing('phone')).toBe('Phone 2Putri Lestari, Trần Quốc Bảo');

    expect(await seriousViolations(page)).toEqual([]);
    if (process.env.FLIGHTS_SCREENSHOT)
      await page.screenshot({ path: process.env.FLIGHTS_SCREENSHOT, fullPage: true });

    // Departures: Hanoi's airport in Hanoi time, although its zone is Asia/Ho_Chi_Minh.
    await page.getByText('Departures', { exact: true }).click();
    const day20 = page.getByRole('region', { name: 'Tuesday, July 20, 2027' });
    await day20.waitFor();
    expect(await day20.getByText('Hanoi time (UTC+07:00)').count()).toBe(1);
    expect(await rows(day20, 'HAN · Noi Bai International Airport')).toEqual([
      ['Kim Ji-woo', 'VJ961', '21:10 Hanoi time', '—'],
      ['Nguyễn Thị Ánh', 'VN417', '23:55 Hanoi time', '—'],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('refuses the board’s data to someone who is not staff', async () => {
    const response = await stack.client.get(`/api/v1/events/${eventId}/flights`, {
      token: (await fastUsers(databaseUrl(stack.databaseName), 1, 'flights-outsider'))[0]!.token,
    });
    expect(response.status).toBe(403);
  });
});
