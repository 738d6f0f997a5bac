import type { EntityManager } from 'typeorm';

/**
 * Sets the event's `startsAt` to its first scheduled session's start, or midnight of
 * `startsOn` in its zone when it has none. Called in the transaction of every change that can
 * move it, so reads never compute it. The itinerary calls it inside its own transactions on
 * purpose, not through the outbox: registration closes at `startsAt` when no closing time is
 * set, so it must never disagree with the committed sessions.
 */
export async function refreshProgrammeStart(
  manager: EntityManager,
  eventId: string,
): Promise<void> {
  await manager.query(
    `UPDATE events e SET starts_at = COALESCE(
        (SELECT min(s.starts_at) FROM sessions s WHERE s.event_id = e.id AND s.status = 'scheduled'),
        (e.starts_on::timestamp AT TIME ZONE e.timezone))
      WHERE e.id = $1`,
    [eventId],
  );
}
