import { request as httpRequest } from 'node:http';
import { startApi, type RunningApi } from './support/api-process.js';
import {
  PASSWORD,
  eventBody,
  loginAdmin,
  newEmail,
  newEvent,
  newOrganization,
  signup,
  type Account,
  type OrganizationFixture,
} from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { registrationBody } from './support/registration-body.js';

/**
 * Every kind of bad input a client (or an attacker) can send, on every route that reads it:
 * each is a 4xx in the contract's shape, never a 500, and never echoes internals (SQL, stack
 * frames, the input itself when it is huge).
 */
describe('bad input is a clear 4xx on every route', () => {
  let server: RunningApi;
  let api: ApiClient;
  let admin: Account;
  let organization: OrganizationFixture;
  let participant: Account;
  let eventId: string;
  let sessionId: string;
  let registrationId: string;
  const absentId = '0b9d7c1e-6a4f-4b8e-9c2d-1f3e5a7b9c0d';

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
    admin = await loginAdmin(api);
    organization = await newOrganization(api, admin);
    participant = await signup(api, 'participant');
    const event = await newEvent(api, organization.organizer, organization.id, {
      startsOn: '2030-07-12',
      endsOn: '2030-07-20',
    });
    eventId = event.id;
    const session = await api.post(
      `/api/v1/events/${eventId}/sessions`,
      {
        title: 'Opening lecture',
        type: 'lecture',
        startsAt: '2030-07-12T09:00:00+09:00',
        endsAt: '2030-07-12T10:00:00+09:00',
        timezone: 'Asia/Seoul',
      },
      { token: organization.organizer.token },
    );
    sessionId = session.body.id;
    await api.post(`/api/v1/events/${eventId}/publish`, undefined, {
      token: organization.organizer.token,
    });
    const registration = await api.post(
      `/api/v1/events/${eventId}/registrations`,
      registrationBody(),
      { token: participant.token },
    );
    registrationId = registration.body.id;
  });

  afterAll(() => server.stop());

  type Who = 'anonymous' | 'admin' | 'organizer' | 'participant';
  interface Case {
    name: string;
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    path: () => string;
    body?: unknown;
    raw?: { contentType: string; text: string };
    who: Who;
    status: number;
    code: string;
    field?: string;
  }

  const tokenOf = (who: Who) =>
    who === 'admin'
      ? admin.token
      : who === 'organizer'
        ? organization.organizer.token
        : who === 'participant'
          ? participant.token
          : undefined;

  async function send(testCase: Case) {
    const headers: Record<string, string> = {};
    const token = tokenOf(testCase.who);
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (testCase.raw) {
      headers['content-type'] = testCase.raw.contentType;
      body = testCase.raw.text;
    } else if (testCase.body !== undefined) {
      headers['content-type'] = 'application/json';
      // Bodies naming fixtures are functions: the fixtures exist only once beforeAll ran.
      body = JSON.stringify(
        typeof testCase.body === 'function' ? (testCase.body as () => unknown)() : testCase.body,
      );
    }
    const response = await fetch(`${api.baseUrl}${testCase.path()}`, {
      method: testCase.method,
      headers,
      body,
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
  }

  const nul = 'Nguyen\u0000Linh';
  const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const badCursors = [
    'abc',
    '%00',
    cursorOf(['x', 'y']),
    cursorOf(['0000-01-01', absentId]),
    cursorOf(['abc', absentId]),
    cursorOf(['1\u0000', absentId]),
    cursorOf([1, 2]),
  ];
  // Lists keyed by text (names, emails) take any text key with a UUID: only malformed ones fail.
  const textKeyedCursors = badCursors.filter(
    (cursor) => !cursor.startsWith('WyIwMDAw') && !cursor.startsWith('WyJhYmMi'),
  );
  const pagedLists: { name: string; path: () => string; who: Who; textKeyed?: boolean }[] = [
    { name: '/api/v1/events', path: () => '/api/v1/events', who: 'anonymous' },
    {
      name: '/api/v1/organizations',
      path: () => '/api/v1/organizations',
      who: 'admin',
      textKeyed: true,
    },
    {
      name: '/api/v1/organizations/:organization/members',
      path: () => `/api/v1/organizations/${organization.id}/members`,
      who: 'admin',
      textKeyed: true,
    },
    {
      name: '/api/v1/events/:eventId/staff',
      path: () => `/api/v1/events/${eventId}/staff`,
      who: 'organizer',
      textKeyed: true,
    },
    {
      name: '/api/v1/events/:eventId/registrations',
      path: () => `/api/v1/events/${eventId}/registrations`,
      who: 'organizer',
    },
    {
      name: '/api/v1/me/registrations',
      path: () => '/api/v1/me/registrations',
      who: 'participant',
    },
    {
      name: '/api/v1/events/:eventId/notifications',
      path: () => `/api/v1/events/${eventId}/notifications`,
      who: 'organizer',
    },
  ];

  const validation = (
    name: string,
    method: Case['method'],
    path: () => string,
    who: Who,
    body: unknown,
    field?: string,
  ): Case => ({ name, method, path, who, body, status: 400, code: 'VALIDATION_FAILED', field });

  const signupWith = (fields: Record<string, unknown>) => ({
    email: newEmail('bad'),
    password: PASSWORD,
    fullName: 'Bad Input',
    ...fields,
  });
  const sessionBody = (fields: Record<string, unknown>) => ({
    title: 'Site visit',
    type: 'site_visit',
    startsAt: '2030-07-13T09:00:00+09:00',
    endsAt: '2030-07-13T10:00:00+09:00',
    timezone: 'Asia/Seoul',
    ...fields,
  });
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  const cases: Case[] = [
    // NUL and other control characters, in every kind of text field
    validation(
      'NUL in the login email',
      'POST',
      () => '/api/v1/auth/login',
      'anonymous',
      { email: 'a\u0000@x.org', password: PASSWORD },
      'email',
    ),
    validation(
      'NUL in the login password',
      'POST',
      () => '/api/v1/auth/login',
      'anonymous',
      { email: 'a@x.org', password: `${PASSWORD}\u0000` },
      'password',
    ),
    validation(
      'NUL in a signup name',
      'POST',
      () => '/api/v1/auth/signup',
      'anonymous',
      signupWith({ fullName: nul }),
      'fullName',
    ),
    validation(
      'NUL in a signup email',
      'POST',
      () => '/api/v1/auth/signup',
      'anonymous',
      signupWith({ email: `x\u0000${newEmail()}` }),
      'email',
    ),
    validation(
      'C1 control in a signup name',
      'POST',
      () => '/api/v1/auth/signup',
      'anonymous',
      signupWith({ fullName: 'Linh\u0085' }),
      'fullName',
    ),
    validation(
      'DEL in a signup name',
      'POST',
      () => '/api/v1/auth/signup',
      'anonymous',
      signupWith({ fullName: 'Linh\u007f' }),
      'fullName',
    ),
    validation(
      'a newline in a one-line name',
      'POST',
      () => '/api/v1/auth/signup',
      'anonymous',
      signupWith({ fullName: 'Linh\nBcc: x@y.org' }),
      'fullName',
    ),
    validation(
      'NUL in an organization name',
      'POST',
      () => '/api/v1/organizations',
      'admin',
      { name: nul },
      'name',
    ),
    validation(
      'NUL in a member email',
      'POST',
      () => `/api/v1/organizations/${organization.id}/members`,
      'admin',
      { email: `a\u0000${newEmail()}`, role: 'staff' },
      'email',
    ),
    validation(
      'NUL in an event title',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { title: nul }),
      'title',
    ),
    validation(
      'NUL in an event description',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { description: `line\n${nul}` }),
      'description',
    ),
    validation(
      'NUL in a zone',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { timezone: 'Asia/Seoul\u0000' }),
      'timezone',
    ),
    validation(
      'NUL in a quota key',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { countryQuotas: { 'V\u0000': 1 } }),
    ),
    validation(
      'NUL in a patched title',
      'PATCH',
      () => `/api/v1/events/${eventId}`,
      'organizer',
      { title: nul },
      'title',
    ),
    validation(
      'NUL in a staff email',
      'POST',
      () => `/api/v1/events/${eventId}/staff`,
      'organizer',
      { email: `a\u0000${newEmail()}` },
      'email',
    ),
    validation(
      'NUL in a session title',
      'POST',
      () => `/api/v1/events/${eventId}/sessions`,
      'organizer',
      sessionBody({ title: nul }),
      'title',
    ),
    validation(
      'NUL in a venue',
      'POST',
      () => `/api/v1/events/${eventId}/sessions`,
      'organizer',
      sessionBody({ venue: { name: nul, city: 'Seoul', country: 'KR' } }),
      'venue.name',
    ),
    validation(
      'NUL in a session patch',
      'PATCH',
      () => `/api/v1/sessions/${sessionId}`,
      'organizer',
      { description: nul },
      'description',
    ),
    validation(
      'NUL in medical notes',
      'POST',
      () => `/api/v1/events/${eventId}/registrations`,
      'organizer',
      registrationBody({ medicalNotes: nul }),
      'medicalNotes',
    ),
    validation(
      'NUL in an emergency contact',
      'POST',
      () => `/api/v1/events/${eventId}/registrations`,
      'organizer',
      registrationBody({ emergencyContact: { name: nul, phone: '+84 1', relationship: 'mother' } }),
      'emergencyContact.name',
    ),
    validation(
      'NUL in dietary requirements',
      'POST',
      () => `/api/v1/events/${eventId}/registrations`,
      'organizer',
      registrationBody({ dietaryRequirements: [nul] }),
      'dietaryRequirements[0]',
    ),
    validation(
      'NUL in a reject reason',
      'POST',
      () => `/api/v1/registrations/${registrationId}/reject`,
      'organizer',
      { reason: nul },
      'reason',
    ),
    validation(
      'NUL in a mission title',
      'POST',
      () => `/api/v1/events/${eventId}/missions`,
      'organizer',
      { title: nul, dueAt: '2030-07-19T18:00:00+07:00', maxScore: 10 },
      'title',
    ),
    validation(
      'NUL in a submission',
      'POST',
      () => `/api/v1/missions/${absentId}/submissions`,
      'participant',
      { content: nul },
      'content',
    ),
    validation(
      'NUL in score feedback',
      'POST',
      () => `/api/v1/submissions/${absentId}/score`,
      'organizer',
      { score: 1, feedback: nul },
      'feedback',
    ),
    validation(
      'NUL in a query filter',
      'GET',
      () => `/api/v1/events/${eventId}/notifications?recipient=%00`,
      'organizer',
      undefined,
      'recipient',
    ),
    validation(
      'NUL in a nationality filter',
      'GET',
      () => `/api/v1/events/${eventId}/registrations?nationality=V%00`,
      'organizer',
      undefined,
      'nationality',
    ),
    // tampered or malformed cursors on every paged list
    ...pagedLists.flatMap(({ name, path, who, textKeyed }) =>
      (textKeyed ? textKeyedCursors : badCursors).map((cursor) =>
        validation(
          `cursor ${cursor.slice(0, 12)} on ${name}`,
          'GET',
          () => `${path()}?cursor=${encodeURIComponent(cursor)}`,
          who,
          undefined,
          'cursor',
        ),
      ),
    ),
    // numbers beyond what a field (or PostgreSQL) holds
    validation(
      'a default quota beyond 32 bits',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { defaultCountryQuota: 2 ** 32 }),
      'defaultCountryQuota',
    ),
    validation(
      'a patched default quota beyond 32 bits',
      'PATCH',
      () => `/api/v1/events/${eventId}`,
      'organizer',
      { defaultCountryQuota: 2 ** 40 },
      'defaultCountryQuota',
    ),
    validation(
      'a capacity of 1e10',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { capacity: 1e10 }),
      'capacity',
    ),
    validation(
      'a quota beyond 32 bits',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { countryQuotas: { VN: 2 ** 33 } }),
    ),
    validation(
      'a team size beyond 32 bits',
      'POST',
      () => `/api/v1/events/${eventId}/teams/auto-assign`,
      'organizer',
      { teamSize: 2 ** 33 },
      'teamSize',
    ),
    validation(
      'a max score beyond 32 bits',
      'POST',
      () => `/api/v1/events/${eventId}/missions`,
      'organizer',
      { title: 'M', dueAt: '2030-07-19T18:00:00+07:00', maxScore: 2 ** 31 },
      'maxScore',
    ),
    validation(
      'a score beyond 32 bits',
      'POST',
      () => `/api/v1/submissions/${absentId}/score`,
      'organizer',
      { score: 2 ** 31 },
      'score',
    ),
    validation(
      'a page size beyond 32 bits',
      'GET',
      () => '/api/v1/events?limit=99999999999',
      'anonymous',
      undefined,
      'limit',
    ),
    // dates and instants out of range
    validation(
      'a start date of year 0',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { startsOn: '0000-01-01' }),
      'startsOn',
    ),
    validation(
      'an end date of year 9999',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { endsOn: '9999-12-31' }),
      'endsOn',
    ),
    validation(
      'a birth date of year 0',
      'POST',
      () => `/api/v1/events/${eventId}/registrations`,
      'organizer',
      registrationBody({ dateOfBirth: '0000-01-01' }),
      'dateOfBirth',
    ),
    validation(
      'an offset of +99:99',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { registrationOpensAt: '2030-01-01T09:00:00+99:99' }),
      'registrationOpensAt',
    ),
    validation(
      'an instant in year -271821',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { registrationClosesAt: '-271821-04-20T00:00:00Z' }),
      'registrationClosesAt',
    ),
    validation(
      'a session in year 275760',
      'POST',
      () => `/api/v1/events/${eventId}/sessions`,
      'organizer',
      sessionBody({ startsAt: '+275760-09-13T00:00:00Z' }),
      'startsAt',
    ),
    validation(
      'a session at +99:99',
      'PATCH',
      () => `/api/v1/sessions/${sessionId}`,
      'organizer',
      { endsAt: '2030-07-12T10:00:00+99:99' },
      'endsAt',
    ),
    validation(
      'a mission due in year -271821',
      'POST',
      () => `/api/v1/events/${eventId}/missions`,
      'organizer',
      { title: 'M', dueAt: '-271821-04-20T00:00:00Z', maxScore: 10 },
      'dueAt',
    ),
    // null for fields a PATCH cannot clear
    ...['mandatory', 'title', 'startsAt', 'timezone', 'type'].map((field) =>
      validation(
        `null ${field} in a session patch`,
        'PATCH',
        () => `/api/v1/sessions/${sessionId}`,
        'organizer',
        { [field]: null },
        field,
      ),
    ),
    ...[
      'eventReminderOffsets',
      'sessionReminderOffsets',
      'missionReminderOffsets',
      'countryQuotas',
      'capacity',
      'title',
      'timezone',
      'startsOn',
      'requiresApproval',
      'itineraryVisibility',
      'kind',
    ].map((field) =>
      validation(
        `null ${field} in an event patch`,
        'PATCH',
        () => `/api/v1/events/${eventId}`,
        'organizer',
        { [field]: null },
        field,
      ),
    ),
    validation(
      'null dietary requirements',
      'POST',
      () => `/api/v1/events/${eventId}/registrations`,
      'organizer',
      registrationBody({ dietaryRequirements: null }),
      'dietaryRequirements',
    ),
    // objects that are not objects
    validation(
      'an emergency contact given as an array',
      'POST',
      () => `/api/v1/events/${eventId}/registrations`,
      'organizer',
      registrationBody({
        emergencyContact: [{ name: 'A', phone: '+84 1', relationship: 'mother' }],
      }),
      'emergencyContact',
    ),
    validation(
      'a guardian given as an array',
      'POST',
      () => `/api/v1/events/${eventId}/registrations`,
      'organizer',
      registrationBody({ guardian: [] }),
      'guardian',
    ),
    validation(
      'a venue given as an array',
      'POST',
      () => `/api/v1/events/${eventId}/sessions`,
      'organizer',
      sessionBody({ venue: [] }),
      'venue',
    ),
    validation(
      'quotas given as an array',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { countryQuotas: [1, 2] }),
      'countryQuotas',
    ),
    validation(
      'one country twice in quotas',
      'POST',
      () => '/api/v1/events',
      'organizer',
      () => eventBody(organization.id, { countryQuotas: { fr: 1, FR: 2 } }),
      'countryQuotas',
    ),
    // bodies that are not JSON, or JSON nested absurdly deep
    {
      name: 'a form body on login',
      method: 'POST',
      path: () => '/api/v1/auth/login',
      who: 'anonymous',
      raw: {
        contentType: 'application/x-www-form-urlencoded',
        text: `email=a%40x.org&password=${PASSWORD}`,
      },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a form body on an event',
      method: 'POST',
      path: () => '/api/v1/events',
      who: 'organizer',
      raw: { contentType: 'application/x-www-form-urlencoded', text: 'title=x' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a text body on a registration',
      method: 'POST',
      path: () => `/api/v1/events/${eventId}/registrations`,
      who: 'participant',
      raw: { contentType: 'text/plain', text: '{}' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a multipart body on signup',
      method: 'POST',
      path: () => '/api/v1/auth/signup',
      who: 'anonymous',
      raw: { contentType: 'multipart/form-data; boundary=x', text: '--x--' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'JSON nested 10,000 levels on login',
      method: 'POST',
      path: () => '/api/v1/auth/login',
      who: 'anonymous',
      raw: { contentType: 'application/json', text: deep(10_000) },
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'body',
    },
    {
      name: 'JSON nested 400,000 levels on an event patch',
      method: 'PATCH',
      path: () => `/api/v1/events/${eventId}`,
      who: 'organizer',
      raw: { contentType: 'application/json', text: `{"title":${deep(400_000)}}` },
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'body',
    },
    {
      name: 'broken JSON',
      method: 'POST',
      path: () => '/api/v1/auth/login',
      who: 'anonymous',
      raw: { contentType: 'application/json', text: '{"email":' },
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'body',
    },
    // paths and query strings over the server's limits
    {
      name: 'a 5,000-character path id',
      method: 'GET',
      path: () => `/api/v1/events/${'a'.repeat(5000)}`,
      who: 'anonymous',
      status: 414,
      code: 'URI_TOO_LONG',
    },
    {
      name: 'a 5,000-character registration id',
      method: 'POST',
      path: () => `/api/v1/registrations/${'b'.repeat(5000)}/cancel`,
      who: 'participant',
      status: 414,
      code: 'URI_TOO_LONG',
    },
    {
      name: 'a broken escape in the path',
      method: 'GET',
      path: () => '/api/v1/events/%E0%A4%A',
      who: 'anonymous',
      status: 400,
      code: 'VALIDATION_FAILED',
    },
  ];

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))(
    '%s',
    async (_name, testCase) => {
      const response = await send(testCase);
      expect({ status: response.status, code: response.body.code }).toEqual({
        status: testCase.status,
        code: testCase.code,
      });
      expect(response.body.statusCode).toBe(testCase.status);
      expect(typeof response.body.message).toBe('string');
      if (testCase.field) {
        const details = response.body.details as { field: string }[];
        expect(details.map((detail) => detail.field)).toContain(testCase.field);
      }
      expect(response.text).not.toMatch(
        /QueryFailed|syntax|SELECT|INSERT|at [\w.]+ \(|node_modules|\\u0000/,
      );
      expect(response.text.length).toBeLessThan(2000);
    },
  );

  it('a body over 1 MB is a 413 in the contract shape, answered before it is read', async () => {
    // The server answers as soon as it sees the declared length, and closes: a client that kept
    // writing would get EPIPE, so this one sends the headers and a first chunk only.
    const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = httpRequest(`${api.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(2_000_000) },
      });
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      request.on('error', reject);
      request.write('{"email":"');
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toEqual({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.any(String),
    });
  });

  it('a 70 KB query string is a 431 in the contract shape, without the query', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/events?title=${'q'.repeat(70_000)}`);
    const text = await response.text();
    expect(response.status).toBe(431);
    expect(JSON.parse(text)).toEqual({
      statusCode: 431,
      code: 'HEADERS_TOO_LARGE',
      message: expect.any(String),
    });
    expect(text).not.toContain('qqqq');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('a NUL in HTTP basic credentials of the queue dashboard is a plain 401', async () => {
    const credentials = Buffer.from(`admin\u0000@x.org:${PASSWORD}`).toString('base64');
    const response = await fetch(`${api.baseUrl}/admin/queues/api/queues`, {
      headers: { authorization: `Basic ${credentials}` },
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
  });

  it('actions without a body need no content type, and an empty JSON body is no body', async () => {
    const event = await newEvent(api, organization.organizer, organization.id);
    const bare = await fetch(`${api.baseUrl}/api/v1/events/${event.id}/publish`, {
      method: 'POST',
      headers: { authorization: `Bearer ${organization.organizer.token}` },
    });
    expect(bare.status).toBe(200);
    const empty = await fetch(`${api.baseUrl}/api/v1/events/${event.id}/cancel`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${organization.organizer.token}`,
        'content-type': 'application/json',
      },
    });
    expect(empty.status).toBe(200);
  });

  it('keeps text as people write it: NFC, newlines in multi-line fields, joiners in Burmese', async () => {
    // "Nguyễn" typed with combining marks, a Burmese name with a zero-width joiner (U+200D)
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 A\u0301nh';
    const burmese = 'အောင်\u200Dမြင့်';
    const account = await api.post('/api/v1/auth/signup', {
      email: newEmail('nfc'),
      password: PASSWORD,
      fullName: decomposed,
    });
    expect(account.status).toBe(201);
    expect(account.body.user.fullName).toBe('Nguyễn Thị Ánh');
    expect(account.body.user.fullName).toBe(decomposed.normalize('NFC'));

    const burmeseAccount = await api.post('/api/v1/auth/signup', {
      email: newEmail('my'),
      password: PASSWORD,
      fullName: burmese,
    });
    expect(burmeseAccount.status).toBe(201);
    expect(burmeseAccount.body.user.fullName).toBe(burmese);

    const event = await api.post(
      '/api/v1/events',
      eventBody(organization.id, { description: 'Day 1:\tSeoul\r\nDay 6:\tHanoi' }),
      { token: organization.organizer.token },
    );
    expect(event.status).toBe(201);
    expect(event.body.description).toBe('Day 1:\tSeoul\nDay 6:\tHanoi');
  });
});
