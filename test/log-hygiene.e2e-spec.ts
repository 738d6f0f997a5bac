import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { loginAdmin, newEvent } from './support/factories.js';
import type { RunningProcess } from './support/api-process.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { TEST_ADMIN_PASSWORD, testRun } from './support/test-environment.js';
import { pause } from './support/timing.js';

/**
 * A run full of failures and successes, then a scan of everything the API and the worker
 * printed: no password, token, password hash, email address or personal detail of a
 * participant may appear in any line. The values are distinctive, so finding none means
 * something. LOG_HYGIENE_LEVEL=debug runs the same scan with debug logging;
 * LOG_HYGIENE_DUMP=<folder> keeps both transcripts there to read.
 */

const LEVEL = process.env.LOG_HYGIENE_LEVEL ?? 'info';
const tag = randomBytes(3).toString('hex');

const secrets = {
  passwords: [`Lotus-Harbour-${tag}-pw1`, `Quiet-Mango-${tag}-pw2`, `Wrong-Guess-${tag}-pw3`],
  emails: {
    organizer: `orgzr-${tag}@hygiene.test`,
    adult: `adult-${tag}@hygiene.test`,
    minor: `minor-${tag}@hygiene.test`,
    bounce: `bounce-${tag}@hygiene.test`,
    forced: `forced-${tag}@hygiene.test`,
    unknown: `nobody-${tag}@hygiene.test`,
    guardian: `guard-${tag}@hygiene.test`,
    searched: `searched-${tag}@hygiene.test`,
  },
  medicalNotes: [
    `Medinote ${tag} peanut anaphylaxis, epipen in blue bag`,
    `force-fail ${tag} asthma inhaler`,
  ],
  emergencyNames: [`Emergname Thuy ${tag}`, `Emergname Forced ${tag}`],
  phones: ['+84 977 123 409', '+66 81 552 7730', '+82 10 4471 9903'],
  datesOfBirth: ['1987-02-19', '2010-10-29'],
  guardianNames: [`Guardname Ploy ${tag}`],
  fullNames: [`Force Fail ${tag}`],
};

let sink: SmtpSink;
let stack: Stack;
let worker: RunningProcess;

beforeAll(async () => {
  sink = await SmtpSink.start({
    // The bounce address is refused for good, as a mail server says it: with the address.
    verdict: (recipient) =>
      recipient.startsWith('bounce-')
        ? { code: 550, message: `5.1.1 <${recipient}>: mailbox unavailable` }
        : null,
  });
  stack = await Stack.start(sink.url, { LOG_LEVEL: LEVEL });
  worker = await stack.startWorker({ LOG_LEVEL: LEVEL });
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await sink?.stop();
});

/** Every needle found in `haystack` (case-insensitive, as emails are). */
function leaks(haystack: string, needles: string[]): string[] {
  const lower = haystack.toLowerCase();
  return needles.filter((needle) => lower.includes(needle.toLowerCase()));
}

/** A request with a raw body and content type, for what the JSON client cannot send. */
async function raw(path: string, body: string, contentType: string): Promise<number> {
  const response = await fetch(`${stack.api.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
  await response.text();
  return response.status;
}

it('keeps passwords, tokens, hashes, emails and personal data out of every log line', async () => {
  const api = stack.client;
  const tokens: string[] = [];
  const [pw1, pw2, pw3] = secrets.passwords as [string, string, string];
  const { emails } = secrets;

  // Database failures the API cannot foresee: triggers refuse rows and quote their values,
  // the way PostgreSQL's own messages and details do.
  await stack.query(`
    CREATE FUNCTION refuse_forced_user() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.full_name LIKE 'Force Fail%' THEN
        RAISE EXCEPTION 'signup refused for "%" with "%"', NEW.email, NEW.password_hash
          USING DETAIL = 'Failing row contains (' || NEW.email || ', ' || NEW.password_hash || ')';
      END IF;
      RETURN NEW;
    END $$`);
  await stack.query(`CREATE TRIGGER refuse_forced_user BEFORE INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION refuse_forced_user()`);
  await stack.query(`
    CREATE FUNCTION refuse_forced_registration() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.medical_notes LIKE 'force-fail%' THEN
        RAISE EXCEPTION 'registration refused: "%" "%"', NEW.medical_notes, NEW.date_of_birth
          USING DETAIL = 'Key (emergency_contact)=(' || NEW.emergency_contact::text || ') refused';
      END IF;
      RETURN NEW;
    END $$`);
  await stack.query(`CREATE TRIGGER refuse_forced_registration BEFORE INSERT ON registrations
    FOR EACH ROW EXECUTE FUNCTION refuse_forced_registration()`);

  // Signups: successes, a duplicate, invalid input and one the database refuses.
  const signup = async (email: string, password: string, fullName: string) => {
    const response = await api.post('/api/v1/auth/signup', { email, password, fullName });
    if (response.status === 201) tokens.push(response.body.accessToken);
    return response;
  };
  const organizer = await signup(emails.organizer, pw1, 'Hygiene Organizer');
  const adult = await signup(emails.adult, pw1, 'Hygiene Adult');
  const minor = await signup(emails.minor, pw2, 'Hygiene Minor');
  const bounce = await signup(emails.bounce, pw2, 'Hygiene Bounce');
  for (const response of [organizer, adult, minor, bounce]) expect(response.status).toBe(201);
  expect((await signup(emails.adult, pw3, 'Hygiene Twin')).status).toBe(409);
  expect((await signup(`not-an-email-${tag}`, pw3, 'Bad Email')).status).toBe(400);
  expect((await signup(emails.unknown, 'short', 'Short Password')).status).toBe(400);
  const forcedSignup = await signup(emails.forced, pw3, secrets.fullNames[0]!);
  expect(forcedSignup.status).toBe(500);
  expect(forcedSignup.body.code).toBe('INTERNAL_ERROR');

  // Logins: wrong passwords, unknown emails, unknown fields, and successes.
  const login = (body: Record<string, unknown>) => api.post('/api/v1/auth/login', body);
  expect((await login({ email: emails.adult, password: pw3 })).status).toBe(401);
  expect((await login({ email: emails.unknown, password: pw1 })).status).toBe(401);
  expect((await login({ email: emails.adult, password: pw1, extra: pw2 })).status).toBe(400);
  for (const [email, password] of [
    [emails.adult, pw1],
    [emails.minor, pw2],
  ] as const) {
    const response = await login({ email, password });
    expect(response.status).toBe(200);
    tokens.push(response.body.accessToken);
  }
  expect(
    await raw(
      '/api/v1/auth/login',
      `{"email":"${emails.adult}","password":"${pw1}"`,
      'application/json',
    ),
  ).toBe(400);
  expect(
    await raw(
      '/api/v1/auth/login',
      `<login><email>${emails.adult}</email><password>${pw1}</password></login>`,
      'application/xml',
    ),
  ).toBe(415);

  // An organization, an event, and the organizer's staff work.
  const admin = await loginAdmin(api);
  tokens.push(admin.token);
  const organization = await api.post(
    '/api/v1/organizations',
    { name: `Hygiene Centre ${tag}` },
    { token: admin.token },
  );
  expect(organization.status).toBe(201);
  expect(
    (
      await api.post(
        `/api/v1/organizations/${organization.body.id}/members`,
        { email: emails.organizer, role: 'organizer' },
        { token: admin.token },
      )
    ).status,
  ).toBe(201);
  const organizerToken = organizer.body.accessToken as string;
  const event = await newEvent(
    api,
    { id: organizer.body.user.id, email: emails.organizer, fullName: '', token: organizerToken },
    organization.body.id,
  );
  expect(
    (await api.post(`/api/v1/events/${event.id}/publish`, undefined, { token: organizerToken }))
      .status,
  ).toBe(200);

  // Registrations: an adult with medical notes, a minor with a guardian, a duplicate, a minor
  // without consent, bad input, unknown ids, and one the database refuses.
  const register = (token: string, body: Record<string, unknown>, eventId = event.id) =>
    api.post(`/api/v1/events/${eventId}/registrations`, body, { token });
  const adultBody = registrationBody({
    dateOfBirth: secrets.datesOfBirth[0],
    medicalNotes: secrets.medicalNotes[0],
    emergencyContact: {
      name: secrets.emergencyNames[0],
      phone: secrets.phones[0],
      relationship: 'sister',
    },
  });
  expect((await register(adult.body.accessToken, adultBody)).status).toBe(201);
  expect((await register(adult.body.accessToken, adultBody)).status).toBe(409);
  const minorBody = registrationBody({
    dateOfBirth: secrets.datesOfBirth[1],
    emergencyContact: {
      name: secrets.emergencyNames[0],
      phone: secrets.phones[1],
      relationship: 'aunt',
    },
  });
  expect((await register(minor.body.accessToken, minorBody)).status).toBe(422);
  const withGuardian = {
    ...minorBody,
    guardian: {
      name: secrets.guardianNames[0],
      phone: secrets.phones[2],
      relationship: 'mother',
      email: emails.guardian,
      consent: true,
    },
  };
  // The worker's planning of the minor's reminders fails in the database, quoting them.
  await stack.query(`
    CREATE FUNCTION refuse_minor_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.kind LIKE '%_reminder' AND NEW.recipient_id = '${minor.body.user.id}' THEN
        RAISE EXCEPTION 'reminder refused for "%"',
          (SELECT email FROM users WHERE id = NEW.recipient_id)
          USING DETAIL = (SELECT medical_notes || date_of_birth FROM registrations
                           WHERE user_id = NEW.recipient_id LIMIT 1);
      END IF;
      RETURN NEW;
    END $$`);
  await stack.query(`CREATE TRIGGER refuse_minor_reminders BEFORE INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION refuse_minor_reminders()`);
  expect((await register(minor.body.accessToken, withGuardian)).status).toBe(201);
  expect((await register(bounce.body.accessToken, registrationBody())).status).toBe(201);
  const forced = await register(
    organizerToken,
    registrationBody({
      medicalNotes: secrets.medicalNotes[1],
      dateOfBirth: secrets.datesOfBirth[0],
      emergencyContact: {
        name: secrets.emergencyNames[1],
        phone: secrets.phones[0],
        relationship: 'friend',
      },
    }),
  );
  expect(forced.status).toBe(500);
  const badInputs = [
    { ...adultBody, dateOfBirth: `${secrets.datesOfBirth[0]}T99` },
    { ...adultBody, nationality: 'XX', unknownField: secrets.medicalNotes[0] },
    { ...adultBody, emergencyContact: { name: secrets.emergencyNames[0] } },
    { ...adultBody, guardian: { name: secrets.guardianNames[0], consent: 'yes', email: 'nope' } },
  ];
  for (const body of badInputs)
    expect((await register(adult.body.accessToken, body)).status).toBe(400);
  const unknownId = '6f1c2b7e-0000-4000-8000-000000000000';
  expect((await register(adult.body.accessToken, adultBody, unknownId)).status).toBe(404);
  const notAnId = await register(adult.body.accessToken, adultBody, `id-${emails.searched}`);
  expect(notAnId.status).toBeGreaterThanOrEqual(400);
  expect(notAnId.status).toBeLessThan(500);
  expect(
    (await api.get(`/api/v1/registrations/${unknownId}`, { token: adult.body.accessToken })).status,
  ).toBe(404);
  expect(
    (await api.get('/api/v1/events/not-a-uuid', { token: adult.body.accessToken })).status,
  ).toBeLessThan(500);
  expect((await api.get('/api/v1/me/registrations', { token: 'not.a.token' })).status).toBe(401);
  const list = await api.get(
    `/api/v1/events/${event.id}/notifications?recipient=${encodeURIComponent(emails.searched)}&limit=5`,
    { token: organizerToken },
  );
  expect(list.status).toBeLessThan(500);
  expect(
    (
      await api.patch(
        `/api/v1/events/${event.id}`,
        { eventReminderOffsets: ['P999999999D'] },
        { token: organizerToken },
      )
    ).status,
  ).toBe(400);

  // Mail through the sink, and a worker job that fails for good (550 with the address).
  await sink.waitFor(
    (messages) =>
      messages.some((mail) => mail.to === emails.adult) &&
      messages.some((mail) => mail.to === emails.minor),
    30_000,
  );
  const deadline = Date.now() + 30_000;
  const workerFailed = (log: string) =>
    /refused the message/.test(log) && /Job plan-reminders .* failed/.test(log);
  while (!workerFailed(worker.transcript()) && Date.now() < deadline) await pause(200);
  expect(sink.attemptsFor(emails.bounce)).toBeGreaterThan(0);

  // Everything printed, once both processes have stopped.
  await stack.api.stop();
  await worker.stop();
  const apiLog = stack.api.transcript();
  const workerLog = worker.transcript();
  const dump = process.env.LOG_HYGIENE_DUMP;
  if (dump) {
    writeFileSync(`${dump}/api.log`, apiLog);
    writeFileSync(`${dump}/worker.log`, workerLog);
  }

  // The scan would find what it looks for, and the logs hold what they should.
  expect(leaks(`x ${secrets.medicalNotes[0]!.toUpperCase()} y`, secrets.medicalNotes)).toEqual([
    secrets.medicalNotes[0],
  ]);
  expect(apiLog).toContain('"statusCode":201');
  expect(apiLog).toContain('"statusCode":409');
  expect(apiLog).toContain('"statusCode":500');
  expect(apiLog).toContain('Unhandled error');
  expect(apiLog).toContain('"code":"P0001"');
  expect(workerLog).toMatch(/Delivery \S+ sent/);
  expect(workerLog).toMatch(/attempt \d+ failed: UnrecoverableError: The mail server refused/);
  expect(workerLog).toMatch(
    /Job plan-reminders \S+ of event \S+ attempt \d+ failed: QueryFailedError \[P0001\]/,
  );
  expect(workerLog).toContain('"code":"P0001"');

  const hashes = await stack.query<{ password_hash: string }>(`SELECT password_hash FROM users`);
  const hashParts = hashes.flatMap(({ password_hash }) => password_hash.split('$').slice(4));
  const needles = [
    ...secrets.passwords,
    TEST_ADMIN_PASSWORD,
    ...tokens,
    ...tokens.map((token) => token.split('.')[2]!),
    ...hashParts,
    ...Object.values(secrets.emails),
    testRun().adminEmail,
    ...secrets.medicalNotes,
    ...secrets.emergencyNames,
    ...secrets.phones,
    ...secrets.phones.map((phone) => phone.replace(/\D/g, '')),
    ...secrets.datesOfBirth,
    ...secrets.guardianNames,
    ...secrets.fullNames,
    `not-an-email-${tag}`,
  ];
  expect(hashParts.length).toBeGreaterThanOrEqual(10);
  for (const [name, log] of [
    ['API', apiLog],
    ['worker', workerLog],
  ] as const) {
    expect({ process: name, leaks: leaks(log, needles) }).toEqual({ process: name, leaks: [] });
    expect({ process: name, hashes: log.match(/scrypt\$\d+\$\d+\$\d+\$/g) }).toEqual({
      process: name,
      hashes: null,
    });
    expect({ process: name, emails: log.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) }).toEqual({
      process: name,
      emails: null,
    });
  }
}, 150_000);
