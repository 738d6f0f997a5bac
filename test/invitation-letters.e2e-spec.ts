import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, seriousViolations, startWebStack } from './support/browser.js';
import { screenshot, signedInPage } from './support/web-participant.js';
import { loginAdmin, newEvent, newOrganization, type Account } from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { readPdf } from './support/pdf-reader.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { awayFromWindowEdge } from './support/timing.js';
import { revokeLetters, writeTravelRecord } from './support/travel-records.js';

const PASSPORT = 'C1234567';

/** A Seoul-then-Hanoi programme: three days in Seoul, the flight on day four, Hanoi after. */
const PROGRAMME = [
  {
    title: 'Opening',
    type: 'ceremony',
    startsAt: '2027-07-12T10:00:00+09:00',
    endsAt: '2027-07-12T12:00:00+09:00',
    timezone: 'Asia/Seoul',
    venue: { name: 'Youth Centre', city: 'Seoul', country: 'KR' },
  },
  {
    title: 'Visit to Suwon fortress',
    type: 'site_visit',
    startsAt: '2027-07-14T09:00:00+09:00',
    endsAt: '2027-07-14T16:00:00+09:00',
    timezone: 'Asia/Seoul',
    venue: { name: 'Hwaseong Fortress', city: 'Suwon', country: 'KR' },
  },
  {
    title: 'Flight to Hanoi',
    type: 'travel',
    startsAt: '2027-07-15T09:00:00+09:00',
    endsAt: '2027-07-15T11:40:00+07:00',
    timezone: 'Asia/Seoul',
    endTimezone: 'Asia/Ho_Chi_Minh',
    venue: { name: 'Incheon International Airport', city: 'Incheon', country: 'KR' },
  },
  {
    title: 'Closing',
    type: 'ceremony',
    startsAt: '2027-07-20T15:00:00+07:00',
    endsAt: '2027-07-20T17:00:00+07:00',
    timezone: 'Asia/Ho_Chi_Minh',
    venue: { name: 'National Convention Center', city: 'Hanoi', country: 'VN' },
  },
];

interface Setup {
  stack: Stack;
  organizer: Account;
  staff: Account;
  eventId: string;
}

async function workshop(stack: Stack): Promise<Setup> {
  const centre = await newOrganization(stack.client, await loginAdmin(stack.client));
  const event = await newEvent(stack.client, centre.organizer, centre.id, {
    title: 'ASEAN-Korea Youth Network Workshop 2027',
    countryQuotas: {},
    startsOn: '2027-07-12',
    endsOn: '2027-07-20',
    letterSignatory: { name: 'Kim Soo-jin', title: 'Secretary General' },
    letterCostsCoveredBy:
      'The organizer covers accommodation, meals and local transport; participants cover their international flights.',
  });
  for (const session of PROGRAMME) {
    const created = await stack.client.post(`/api/v1/events/${event.id}/sessions`, session, {
      token: centre.organizer.token,
    });
    expect(created.status).toBe(201);
  }
  await stack.client.post(
    `/api/v1/events/${event.id}/staff`,
    { email: centre.staff.email },
    { token: centre.organizer.token },
  );
  await stack.client.post(`/api/v1/events/${event.id}/publish`, undefined, {
    token: centre.organizer.token,
  });
  return { stack, organizer: centre.organizer, staff: centre.staff, eventId: event.id };
}

async function confirmedRegistration(setup: Setup, person: Account, nationality = 'VN') {
  const response = await setup.stack.client.post(
    `/api/v1/events/${setup.eventId}/registrations`,
    registrationBody({ nationality }),
    { token: person.token },
  );
  expect(response.body.status).toBe('confirmed');
  return response.body as { id: string; eventId: string };
}

/** Text as one line: where a paragraph wraps depends on the fonts, not on what it says. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The PDF as bytes (the JSON client would read it as text). */
async function downloadPdf(stack: Stack, registrationId: string, country: string, token: string) {
  const response = await fetch(
    `${stack.api.baseUrl}/api/v1/registrations/${registrationId}/invitation-letter.pdf?country=${country}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('visa invitation letters', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let browser: Browser | undefined;
  /** The stack's own address, as the app's pages and the session cookie need. */
  let PUBLIC_URL: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await startWebStack(sink.url);
    PUBLIC_URL = stack.env.PUBLIC_URL!;
    await stack.startWorker();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await sink?.stop();
  });

  it('issues a letter to Korea that reads, scans and verifies; a reissue supersedes it; only its people download it', async () => {
    const setup = await workshop(stack);
    const [anh, other] = await fastUsers(stack.env.DATABASE_URL!, 2, 'letter', [
      'Nguyễn Thị Ánh',
      'Somchai Jaidee',
    ]);
    const registration = await confirmedRegistration(setup, anh!);
    const otherRegistration = await confirmedRegistration(setup, other!, 'TH');
    const issue = (registrationId: string, country: string, token = setup.organizer.token) =>
      stack.client.post(
        `/api/v1/registrations/${registrationId}/invitation-letter`,
        { country },
        { token },
      );

    // Nothing to write a letter from yet.
    expect((await issue(registration.id, 'KR')).body.code).toBe('PASSPORT_MISSING');
    await writeTravelRecord(stack.env.DATABASE_URL!, registration, {
      visaNeededFor: ['KR'],
      passport: {
        number: PASSPORT,
        issuingCountry: 'VN',
        expiresOn: '2030-01-31',
        fullNameAsInPassport: 'NGUYEN THI ANH',
      },
    });
    // Six calendar months after 20 July 2027 is 20 January 2028: the day before is too soon.
    await writeTravelRecord(stack.env.DATABASE_URL!, otherRegistration, {
      visaNeededFor: ['KR'],
      passport: {
        number: 'AA998877',
        issuingCountry: 'TH',
        expiresOn: '2028-01-19',
        fullNameAsInPassport: 'SOMCHAI JAIDEE',
      },
    });
    const tooSoon = await issue(otherRegistration.id, 'KR');
    expect([tooSoon.status, tooSoon.body.code]).toEqual([422, 'PASSPORT_EXPIRES_TOO_SOON']);
    const notNeeded = await issue(registration.id, 'VN');
    expect([notNeeded.status, notNeeded.body.code]).toEqual([422, 'VISA_NOT_NEEDED']);
    expect((await issue(registration.id, 'KR', anh!.token)).status).toBe(403);
    expect((await issue(registration.id, 'KR', setup.staff.token)).status).toBe(403);
    expect((await issue(registration.id, 'KR', other!.token)).status).toBe(404);
    expect((await issue(registration.id, 'Korea')).status).toBe(400);

    const issued = await issue(registration.id, 'kr');
    expect(issued.status).toBe(201);
    expect(Object.keys(issued.body).sort()).toEqual(['country', 'issuedAt', 'reference', 'url']);
    expect(issued.body.country).toBe('KR');
    expect(issued.body.reference).toMatch(/^GF(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    const first = issued.body.reference as string;

    const { response, bytes } = await downloadPdf(stack, registration.id, 'KR', anh!.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(1);
    for (const shown of [
      'NGUYEN THI ANH',
      'Nguyễn Thị Ánh',
      PASSPORT,
      // The Korean part of the programme: from the opening to the flight out of Incheon.
      'from 12 July 2027 to 15 July 2027',
      'Seoul, Suwon and Incheon',
      'ASEAN-Korea Youth Network Workshop 2027',
      'Vietnam',
      '9 April 2001',
      'Kim Soo-jin',
      'Secretary General',
      'participants cover their international flights',
      'To the consular officer',
      first,
    ])
      expect(oneLine(pdf.text)).toContain(shown);
    expect(pdf.qrCodes).toEqual([`${PUBLIC_URL}/letters/${first}`]);

    // Anyone with the reference, typed however, learns validity and initials, nothing more.
    const typed = first.toLowerCase().replace(/-/g, '').replace(/^gf/, '').replace(/0/g, 'o');
    const verified = await stack.client.get(`/api/v1/letters/${typed}`);
    expect(verified.status).toBe(200);
    expect(Object.keys(verified.body).sort()).toEqual([
      'country',
      'event',
      'issuedAt',
      'participantInitials',
      'superseded',
      'valid',
    ]);
    expect(Object.keys(verified.body.event).sort()).toEqual(['endsOn', 'startsOn', 'title']);
    expect(verified.body).toEqual({
      valid: true,
      superseded: false,
      country: 'KR',
      event: {
        title: 'ASEAN-Korea Youth Network Workshop 2027',
        startsOn: '2027-07-12',
        endsOn: '2027-07-20',
      },
      participantInitials: 'N. T. A.',
      issuedAt: issued.body.issuedAt,
    });
    expect((await stack.client.get('/api/v1/letters/GF-0000-0000-0000-0000')).status).toBe(404);
    expect((await stack.client.get('/api/v1/letters/not-a-reference')).status).toBe(404);

    // Another participant cannot tell the letter exists; staff see the registration but may not download.
    expect((await downloadPdf(stack, registration.id, 'KR', other!.token)).response.status).toBe(
      404,
    );
    expect(
      (await downloadPdf(stack, registration.id, 'KR', setup.staff.token)).response.status,
    ).toBe(403);
    expect(
      (await downloadPdf(stack, registration.id, 'KR', setup.organizer.token)).response.status,
    ).toBe(200);
    expect((await downloadPdf(stack, registration.id, 'VN', anh!.token)).response.status).toBe(404);

    // At rest: no passport number or name in clear anywhere in the letter's row.
    const rows = await stack.query<{ row: string; snapshot: string }>(
      `SELECT row_to_json(l)::text AS row, snapshot_encrypted AS snapshot
         FROM invitation_letters l WHERE registration_id = $1`,
      [registration.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row).not.toContain(PASSPORT);
    expect(rows[0]!.row).not.toContain('NGUYEN');
    expect(Buffer.from(rows[0]!.snapshot, 'base64').toString('latin1')).not.toContain(PASSPORT);

    // The email says it is ready, links to the page behind sign-in, attaches and copies nothing.
    const ready = () =>
      sink.to(anh!.email).filter((mail) => mail.subject.includes('invitation letter'));
    await sink.waitFor(() => ready().length === 1);
    const mail = ready()[0]!;
    expect(mail.subject).toBe(
      'Your invitation letter for South Korea is ready (ASEAN-Korea Youth Network Workshop 2027)',
    );
    expect(mail.text).toContain(`${PUBLIC_URL}/me/registrations/${registration.id}`);
    for (const secret of [PASSPORT, 'NGUYEN THI ANH', first]) {
      expect(mail.text).not.toContain(secret);
      expect(mail.html).not.toContain(secret);
    }

    // A reissue supersedes the first letter; the PDF is now the new one.
    const reissued = await issue(registration.id, 'KR');
    expect(reissued.status).toBe(201);
    const second = reissued.body.reference as string;
    expect(second).not.toBe(first);
    const old = await stack.client.get(`/api/v1/letters/${first}`);
    expect([old.body.valid, old.body.superseded]).toEqual([false, true]);
    const current = await stack.client.get(`/api/v1/letters/${second}`);
    expect([current.body.valid, current.body.superseded]).toEqual([true, false]);
    const again = await readPdf(
      (await downloadPdf(stack, registration.id, 'KR', anh!.token)).bytes,
    );
    expect(again.text).toContain(second);
    expect(again.text).not.toContain(first);
    const list = await stack.client.get(
      `/api/v1/registrations/${registration.id}/invitation-letters`,
      {
        token: anh!.token,
      },
    );
    expect(list.body.items.map((item: { reference: string }) => item.reference)).toEqual([second]);
    expect(
      (
        await stack.query(`SELECT 1 FROM invitation_letters WHERE registration_id = $1`, [
          registration.id,
        ])
      ).length,
    ).toBe(2);

    // A registration that stops being confirmed takes its letter's validity with it.
    await stack.client.post(`/api/v1/registrations/${registration.id}/cancel`, undefined, {
      token: anh!.token,
    });
    const cancelled = await stack.client.get(`/api/v1/letters/${second}`);
    expect([cancelled.body.valid, cancelled.body.superseded]).toEqual([false, false]);
    expect((await downloadPdf(stack, registration.id, 'KR', anh!.token)).response.status).toBe(409);
    expect((await issue(registration.id, 'KR')).body.code).toBe('INVALID_STATE');
  }, 120_000);

  it('events carry the signatory and who covers which costs; a letter needs both', async () => {
    const setup = await workshop(stack);
    const [person] = await fastUsers(stack.env.DATABASE_URL!, 1, 'fields');
    const registration = await confirmedRegistration(setup, person!);
    await writeTravelRecord(stack.env.DATABASE_URL!, registration, {
      visaNeededFor: ['KR'],
      passport: {
        number: 'B7654321',
        issuingCountry: 'VN',
        expiresOn: '2030-01-31',
        fullNameAsInPassport: 'TRAN VAN BINH',
      },
    });
    const patch = (body: unknown) =>
      stack.client.patch(`/api/v1/events/${setup.eventId}`, body, { token: setup.organizer.token });
    const read = await stack.client.get(`/api/v1/events/${setup.eventId}`);
    expect(read.body.letterSignatory).toEqual({ name: 'Kim Soo-jin', title: 'Secretary General' });
    expect(read.body.letterCostsCoveredBy).toContain('participants cover');
    const invalid = await patch({ letterSignatory: { name: 'Kim Soo-jin' } });
    expect([invalid.status, invalid.body.details[0].field]).toEqual([400, 'letterSignatory.title']);
    const cleared = await patch({ letterSignatory: null, letterCostsCoveredBy: null });
    expect([
      cleared.status,
      cleared.body.letterSignatory,
      cleared.body.letterCostsCoveredBy,
    ]).toEqual([200, null, null]);
    const refused = await stack.client.post(
      `/api/v1/registrations/${registration.id}/invitation-letter`,
      { country: 'KR' },
      { token: setup.organizer.token },
    );
    expect([refused.status, refused.body.code]).toEqual([422, 'LETTER_DETAILS_MISSING']);
    expect(refused.body.details.map((detail: { field: string }) => detail.field)).toEqual([
      'letterSignatory',
      'letterCostsCoveredBy',
    ]);
    const restored = await patch({
      letterSignatory: { name: '  Park Ji-hoon ', title: 'Director' },
      letterCostsCoveredBy: 'The organizer covers everything.',
    });
    expect(restored.body.letterSignatory).toEqual({ name: 'Park Ji-hoon', title: 'Director' });
    const issued = await stack.client.post(
      `/api/v1/registrations/${registration.id}/invitation-letter`,
      { country: 'KR' },
      { token: setup.organizer.token },
    );
    expect(issued.status).toBe(201);

    // Erasure (the account's, or retention's) takes the content and the validity, not the reference.
    expect(await revokeLetters(stack.env.DATABASE_URL!, [registration.id], 'retention')).toBe(1);
    const erased = await stack.client.get(`/api/v1/letters/${issued.body.reference}`);
    expect(erased.body).toMatchObject({
      valid: false,
      superseded: false,
      participantInitials: null,
    });
    expect(erased.body.event.title).toBe(read.body.title);
    const [row] = await stack.query<{ snapshot_encrypted: string | null; revoked_reason: string }>(
      `SELECT snapshot_encrypted, revoked_reason FROM invitation_letters WHERE reference = $1`,
      [issued.body.reference],
    );
    expect(row).toEqual({ snapshot_encrypted: null, revoked_reason: 'retention' });
    expect((await downloadPdf(stack, registration.id, 'KR', person!.token)).response.status).toBe(
      409,
    );
  }, 60_000);

  it('renders names in Korean, Thai and Burmese scripts with their glyphs', async () => {
    const setup = await workshop(stack);
    const people = [
      { fullName: '김민지', passportName: 'KIM MIN JI', nationality: 'KR' },
      { fullName: 'สมชาย ใจดี', passportName: 'สมชาย ใจดี', nationality: 'TH' },
      { fullName: 'အောင်ဆန်း မောင်', passportName: 'မောင်မောင်ထွန်း', nationality: 'MM' },
    ];
    const accounts = await fastUsers(
      stack.env.DATABASE_URL!,
      people.length,
      'script',
      people.map((person) => person.fullName),
    );
    for (const [index, person] of people.entries()) {
      const registration = await confirmedRegistration(setup, accounts[index]!, person.nationality);
      await writeTravelRecord(stack.env.DATABASE_URL!, registration, {
        visaNeededFor: ['VN'],
        passport: {
          number: `P${index}0000${index}`,
          issuingCountry: person.nationality,
          expiresOn: '2031-05-01',
          fullNameAsInPassport: person.passportName,
        },
      });
      const issued = await stack.client.post(
        `/api/v1/registrations/${registration.id}/invitation-letter`,
        { country: 'VN' },
        { token: setup.organizer.token },
      );
      expect(issued.status).toBe(201);
      const { response, bytes } = await downloadPdf(
        stack,
        registration.id,
        'VN',
        accounts[index]!.token,
      );
      expect(response.status).toBe(200);
      const pdf = await readPdf(bytes);
      expect(pdf.text).toContain(person.fullName);
      expect(pdf.text).toContain(person.passportName);
      // The Vietnamese part: the flight lands on 15 July; the closing is on 20 July in Hanoi.
      expect(oneLine(pdf.text)).toContain('in Hanoi from 15 July 2027 to 20 July 2027');
      expect(pdf.qrCodes).toEqual([`${PUBLIC_URL}/letters/${issued.body.reference}`]);
    }
  }, 120_000);

  it('the check page says valid, replaced or unknown on a phone; the registrant downloads from their registration page', async () => {
    const setup = await workshop(stack);
    const [anh] = await fastUsers(stack.env.DATABASE_URL!, 1, 'web-letter', ['Nguyễn Thị Ánh']);
    const registration = await confirmedRegistration(setup, anh!);
    await writeTravelRecord(stack.env.DATABASE_URL!, registration, {
      visaNeededFor: ['KR'],
      passport: {
        number: PASSPORT,
        issuingCountry: 'VN',
        expiresOn: '2030-01-31',
        fullNameAsInPassport: 'NGUYEN THI ANH',
      },
    });
    const issue = async () =>
      (
        await stack.client.post(
          `/api/v1/registrations/${registration.id}/invitation-letter`,
          { country: 'KR' },
          { token: setup.organizer.token },
        )
      ).body as { reference: string; url: string };
    const first = await issue();
    browser = await launchBrowser();

    const officer = await newPage(browser, stack.api.baseUrl);
    await officer.goto(`/letters/${first.reference.toLowerCase()}`);
    await officer.getByRole('heading', { name: 'Invitation letter check' }).waitFor();
    await officer.getByText('Valid letter').waitFor();
    await officer.getByText('N. T. A.').waitFor();
    expect(await officer.getByText('ASEAN-Korea Youth Network Workshop 2027').count()).toBe(1);
    expect(await officer.content()).not.toContain('NGUYEN');
    expect(await seriousViolations(officer)).toEqual([]);
    await screenshot(officer, 'letter-check-valid-phone');

    const second = await issue();
    await officer.goto(`/letters/${first.reference}`);
    await officer.getByText('Replaced by a newer letter').waitFor();
    await officer.goto('/letters/GF-0000-0000-0000-0000');
    await officer.getByText('Unknown reference').waitFor();

    const page = await signedInPage(browser, stack.api.baseUrl, anh!);
    await page.goto(`/me/registrations/${registration.id}`);
    const download = page.getByRole('link', { name: 'Download for South Korea (PDF)' });
    await download.waitFor();
    await screenshot(page, 'registration-letters-phone');
    expect(await download.getAttribute('href')).toBe(second.url);
    // The link works with the browser's session cookie alone.
    const fetched = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type') };
    }, second.url);
    expect(fetched).toEqual({ status: 200, type: 'application/pdf' });
  }, 120_000);

  it('limits public letter checks per client address, on a counter of its own', async () => {
    const limited = await Stack.start(sink.url, {
      AUTH_RATE_LIMIT_PER_MINUTE: '3',
      TRUST_PROXY: 'true',
    });
    try {
      const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
      await awayFromWindowEdge();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await limited.client.get(
          '/api/v1/letters/GF-0000-0000-0000-0000',
          from('203.0.113.7'),
        );
        statuses.push(response.status);
        if (response.status === 429) expect(response.body.code).toBe('RATE_LIMITED');
      }
      expect(statuses).toEqual([404, 404, 404, 429, 429]);
      // Another address is not limited, and letter checks used none of the address's logins.
      expect(
        (await limited.client.get('/api/v1/letters/GF-0000-0000-0000-0000', from('203.0.113.8')))
          .status,
      ).toBe(404);
      const login = await limited.client.post(
        '/api/v1/auth/login',
        { email: 'nobody@gofar.test', password: 'wrong password' },
        from('203.0.113.7'),
      );
      expect(login.status).toBe(401);
    } finally {
      await limited.stop();
    }
  }, 90_000);
});
