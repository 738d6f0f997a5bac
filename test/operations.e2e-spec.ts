import { startApi, type RunningApi } from './support/api-process.js';
import { ApiClient } from './support/http-client.js';

describe('operations surface', () => {
  let server: RunningApi;
  let api: ApiClient;

  beforeAll(async () => {
    server = await startApi();
    api = new ApiClient(server.baseUrl);
  });
  afterAll(() => server?.stop());

  it('serves liveness and readiness outside /api/v1', async () => {
    expect((await api.get('/health')).body).toEqual({ status: 'ok' });
    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details).toMatchObject({
      database: { status: 'up' },
      redis: { status: 'up' },
    });
  });

  it('readiness is 503 when Redis does not answer', async () => {
    const broken = await startApi({ REDIS_URL: 'redis://127.0.0.1:1' }, 3000).catch(
      (error: Error) => error,
    );
    // The process cannot become ready: startApi gives up, having seen only non-200 answers.
    expect(broken).toBeInstanceOf(Error);
    expect((broken as Error).message).toMatch(/not ready/);
  });

  it('serves the OpenAPI document at /docs-json, with the contract routes', async () => {
    const response = await api.get('/docs-json');
    expect(response.status).toBe(200);
    const paths = Object.keys(response.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/signup',
        '/api/v1/auth/login',
        '/api/v1/me',
        '/api/v1/organizations',
        '/api/v1/organizations/{id}/members',
        '/api/v1/organizations/{id}/members/{userId}',
        '/api/v1/events',
        '/api/v1/events/{id}',
        '/api/v1/events/{id}/publish',
        '/api/v1/events/{id}/cancel',
        '/api/v1/events/{id}/staff',
        '/api/v1/events/{id}/staff/{userId}',
        '/health',
        '/health/ready',
      ]),
    );
    expect(response.body.components.schemas.CreateEventDto.required).toEqual(
      expect.arrayContaining([
        'organizationId',
        'title',
        'kind',
        'timezone',
        'startsOn',
        'endsOn',
        'capacity',
        'requiresApproval',
      ]),
    );
    expect((await api.get('/docs')).status).toBe(200);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await api.get('/api/v1/events', { headers: { 'x-request-id': 'trace-abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-123');
    const made = await api.get('/api/v1/events');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers client mistakes in the error shape, never 500', async () => {
    const badJson = await api.request('POST', '/api/v1/auth/login', undefined, {
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson.status).toBe(400);
    const malformed = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const unknownRoute = await api.get('/api/v1/nothing-here');
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.body.code).toBe('NOT_FOUND');
    const arrayBody = await api.post('/api/v1/auth/login', [1, 2, 3]);
    expect(arrayBody.status).toBe(400);
  });
});
