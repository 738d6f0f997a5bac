import type { Session } from '../api/types';

/** Each session's `sequence` as the person last saw it, per event, on this device. */
type Seen = Record<string, number>;

const key = (eventId: string) => `gofar-itinerary-seen:${eventId}`;

/** What this device saw at the last visit, or null on the first visit. */
export function readSeen(eventId: string): Seen | null {
  try {
    const raw = window.localStorage.getItem(key(eventId));
    return raw ? (JSON.parse(raw) as Seen) : null;
  } catch {
    return null;
  }
}

export function writeSeen(eventId: string, sessions: Session[]): void {
  const seen: Seen = {};
  for (const session of sessions) seen[session.id] = session.sequence;
  try {
    window.localStorage.setItem(key(eventId), JSON.stringify(seen));
  } catch {
    // A full or disabled storage only loses the "changed" badges.
  }
}

/** Sessions new or changed since the last visit (none on the first visit). */
export function changedSince(seen: Seen | null, sessions: Session[]): Set<string> {
  if (!seen) return new Set();
  return new Set(
    sessions
      .filter((session) => seen[session.id] === undefined || seen[session.id] < session.sequence)
      .map((session) => session.id),
  );
}
