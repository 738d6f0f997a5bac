import type { AppConfig } from '#config/index.js';
import { QueueDashboardCookie } from './queue-dashboard-cookie.js';

const USER = '0b6f5e8e-3c1a-4f3e-9d7a-2a9c1b4e5f60';
const NOW = Date.parse('2026-07-20T09:00:00Z');

const cookieFor = (jwtSecret: string, nodeEnv: AppConfig['nodeEnv'] = 'test') =>
  new QueueDashboardCookie({ jwtSecret, nodeEnv } as AppConfig);

/** The `name=value` a browser sends back for a Set-Cookie value. */
const sentBack = (setCookie: string) => setCookie.split(';')[0]!;

describe('QueueDashboardCookie', () => {
  const cookies = cookieFor('a-secret-of-at-least-thirty-two-characters');

  it('names the user and token version it was issued for until 15 minutes have passed', () => {
    const issued = cookies.issue(USER, 3, NOW);
    expect(issued.expiresAt.toISOString()).toBe('2026-07-20T09:15:00.000Z');
    const header = `other=1; ${sentBack(issued.setCookie)}`;
    expect(cookies.subject(header, NOW)).toEqual({ userId: USER, version: 3 });
    expect(cookies.subject(header, NOW + 15 * 60_000 - 1)).toEqual({ userId: USER, version: 3 });
    expect(cookies.subject(header, NOW + 15 * 60_000)).toBeNull();
  });

  it('is HttpOnly, SameSite=Strict and scoped to the dashboard; Secure only in production', () => {
    expect(cookies.issue(USER, 0, NOW).setCookie).toMatch(
      /^gofar_queues=[\w.-]+; Path=\/admin\/queues; Max-Age=900; HttpOnly; SameSite=Strict$/,
    );
    expect(cookieFor('s'.repeat(40), 'production').issue(USER, 0, NOW).setCookie).toMatch(
      /; Secure$/,
    );
    expect(cookies.clear()).toMatch(/^gofar_queues=; Path=\/admin\/queues; Max-Age=0;/);
  });

  it('refuses a cookie signed with another secret, or altered in any part', () => {
    const value = sentBack(cookies.issue(USER, 2, NOW).setCookie);
    expect(cookieFor('another-secret-of-thirty-two-characters').subject(value, NOW)).toBeNull();
    const [, payload] = value.split('=') as [string, string];
    const [userId, version, expires, signature] = payload.split('.') as [
      string,
      string,
      string,
      string,
    ];
    expect(version).toBe('2');
    for (const altered of [
      `${userId.replace(/^0/, '1')}.${version}.${expires}.${signature}`,
      `${userId}.3.${expires}.${signature}`,
      `${userId}.${version}.${Number(expires) + 60}.${signature}`,
      `${userId}.${version}.${expires}.${signature.slice(1)}`,
      `${userId}.${expires}.${signature}`,
      `${userId}.${version}.${expires}`,
      `${userId}.${version}.${expires}.${signature}.x`,
    ])
      expect(cookies.subject(`gofar_queues=${altered}`, NOW)).toBeNull();
    expect(cookies.subject(undefined, NOW)).toBeNull();
    expect(cookies.present('gofar_queues=')).toBe(false);
  });
});
