import { MAX_SLOWDOWN_MS, SLOWDOWN_STEP_MS, slowdownMs } from './login-slowdown.js';

describe('slowdownMs', () => {
  it('waits not at all while the failures stay within the limit', () => {
    expect([0, 1, 19, 20].map((failures) => slowdownMs(failures, 20))).toEqual([0, 0, 0, 0]);
  });

  it('grows with each failure beyond the limit, up to the cap', () => {
    expect(slowdownMs(21, 20)).toBe(SLOWDOWN_STEP_MS);
    expect(slowdownMs(24, 20)).toBe(4 * SLOWDOWN_STEP_MS);
    expect(slowdownMs(10_000, 20)).toBe(MAX_SLOWDOWN_MS);
  });

  it('is off with the limit', () => {
    expect(slowdownMs(10_000, 0)).toBe(0);
  });
});
