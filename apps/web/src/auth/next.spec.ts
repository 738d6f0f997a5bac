import { describe, expect, it } from '@jest/globals';
import { safeNext } from './next';

const ORIGIN = 'https://gofar.example';

describe('safeNext: where sign-in may send a person afterwards', () => {
  it.each([
    ['/account', '/account'],
    ['/events/5?tab=programme#day-2', '/events/5?tab=programme#day-2'],
    ['/events/../account', '/account'],
  ])('keeps the same-site path %s', (next, expected) => {
    expect(safeNext(next, '/', ORIGIN)).toBe(expected);
  });

  it.each([
    null,
    '',
    'account',
    '//evil.example/account',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/\tevil',
    ' /account',
  ])('refuses %p and goes to the fallback', (next) => {
    expect(safeNext(next, '/', ORIGIN)).toBe('/');
  });
});
