import { isSameOriginRequest, isUnsafeMethod } from './same-origin.js';

const SITE = 'https://gofar.example';

describe('isSameOriginRequest', () => {
  it.each([
    [{ origin: 'https://gofar.example' }, true],
    [{ origin: 'https://GOFAR.example:443' }, true],
    [{ origin: 'https://evil.example' }, false],
    [{ origin: 'http://gofar.example' }, false],
    [{ origin: 'null' }, false],
    [{ origin: 'https://evil.example', referer: 'https://gofar.example/admin/queues' }, false],
    [{ referer: 'https://gofar.example/admin/queues/queue/x' }, true],
    [{ referer: 'https://evil.example/page' }, false],
    [{ 'sec-fetch-site': 'same-origin' }, true],
    [{ 'sec-fetch-site': 'cross-site', origin: 'https://gofar.example' }, false],
    [{ 'sec-fetch-site': 'same-site' }, false],
    [{ 'sec-fetch-site': 'none' }, false],
    [{}, false],
  ])('%j → %s', (headers, expected) => {
    expect(isSameOriginRequest(headers, `${SITE}/`)).toBe(expected);
  });
});

describe('isSameOriginRequest without the Referer fallback (the session cookie rule)', () => {
  it.each([
    [{ origin: 'https://gofar.example' }, true],
    [{ origin: 'https://evil.example' }, false],
    [{ referer: 'https://gofar.example/events' }, false],
    [{ referer: 'https://gofar.example/events', 'sec-fetch-site': 'same-origin' }, true],
    [{ 'sec-fetch-site': 'same-origin' }, true],
    [{ 'sec-fetch-site': 'cross-site' }, false],
    [{}, false],
  ])('%j → %s', (headers, expected) => {
    expect(isSameOriginRequest(headers, SITE, { referer: false })).toBe(expected);
  });
});

describe('isUnsafeMethod', () => {
  it('treats only GET, HEAD and OPTIONS as safe', () => {
    expect(['get', 'HEAD', 'OPTIONS'].map(isUnsafeMethod)).toEqual([false, false, false]);
    expect(['POST', 'PUT', 'PATCH', 'DELETE'].map(isUnsafeMethod)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
