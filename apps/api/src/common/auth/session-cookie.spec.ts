import {
  SESSION_COOKIE,
  SessionCookie,
  carriesSessionCookie,
  cookieValues,
  sessionSetCookie,
} from './session-cookie.js';
import type { AppConfig } from '#config/index.js';

const cookieFor = (publicUrl: string) =>
  new SessionCookie({ publicUrl, jwtTtlSeconds: 12 * 3600 } as AppConfig);

describe('the gofar_session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, living JWT_TTL', () => {
    expect(cookieFor('http://localhost:3000').issue('abc.def')).toBe(
      'gofar_session=abc.def; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax',
    );
  });

  it('is Secure when PUBLIC_URL is https', () => {
    expect(cookieFor('https://gofar.example').issue('abc.def')).toMatch(/; Secure$/);
    expect(cookieFor('https://gofar.example').clear()).toBe(
      'gofar_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure',
    );
  });

  it('is read from a Cookie header among others, first of its name, never an empty one', () => {
    const cookies = cookieFor('http://localhost:3000');
    expect(cookies.read('a=1; gofar_session=one.two; gofar_session=three.four')).toBe('one.two');
    expect(cookies.read('gofar_session=; gofar_session="x.y"')).toBe('x.y');
    expect(cookies.read('gofar_sessionx=1; other=gofar_session=2')).toBeNull();
    expect(cookies.read(undefined)).toBeNull();
    expect(cookieValues('gofar_queues=q; gofar_session=s', 'gofar_queues')).toEqual(['q']);
  });

  it('counts as carried even when empty, for the CSRF rule', () => {
    expect(carriesSessionCookie(`x=1; ${SESSION_COOKIE}=`)).toBe(true);
    expect(carriesSessionCookie('gofar_sessions=1')).toBe(false);
    expect(carriesSessionCookie(undefined)).toBe(false);
    expect(sessionSetCookie('v', 5, false)).toBe(
      'gofar_session=v; Path=/; Max-Age=5; HttpOnly; SameSite=Lax',
    );
  });
});
