/** Waits `ms` milliseconds. */
export const pause = (ms: number) => new Promise((wait) => setTimeout(wait, ms));

/** Waits until the wall clock reaches `instant` (ms since the epoch). */
export const until = (instant: number) => pause(Math.max(0, instant - Date.now()));

/**
 * Rate limits count in fixed one-minute windows: a burst started late in one could straddle
 * two. Waits for the next window when fewer than 15 seconds of this one are left.
 */
export async function awayFromWindowEdge(): Promise<void> {
  const second = (Date.now() / 1000) % 60;
  if (second > 45) await pause((61 - second) * 1000);
}
