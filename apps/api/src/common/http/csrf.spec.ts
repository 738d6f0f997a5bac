import { needsOriginCheck } from './csrf.js';

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({
  method,
  url,
  headers,
});

describe('needsOriginCheck', () => {
  it('checks every change that carries the session cookie', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect(needsOriginCheck(request(method, '/api/v1/me', { cookie: 'gofar_session=x' }))).toBe(
        true,
      );
  });

  it('never checks reads, nor bearer requests without the cookie', () => {
    expect(needsOriginCheck(request('GET', '/api/v1/me', { cookie: 'gofar_session=x' }))).toBe(
      false,
    );
    expect(needsOriginCheck(request('POST', '/api/v1/events', { authorization: 'Bearer t' }))).toBe(
      false,
    );
    expect(needsOriginCheck(request('POST', '/api/v1/events', { cookie: 'other=1' }))).toBe(false);
  });

  it('always checks a cookie sign-in, query string or not', () => {
    expect(needsOriginCheck(request('POST', '/api/v1/auth/session'))).toBe(true);
    expect(needsOriginCheck(request('POST', '/api/v1/auth/session?x=1'))).toBe(true);
    expect(needsOriginCheck(request('POST', '/api/v1/auth/login'))).toBe(false);
  });
});
