import { DateTime, Duration } from 'luxon';

export const REMINDER_KINDS = [
  'event_reminder',
  'session_reminder',
  'mission_reminder',
  'pickup_reminder',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** What a reminder announces: an event's start, a session's start or a mission's due time. */
export interface ReminderAnchor {
  kind: ReminderKind;
  subjectId: string;
  at: Date;
  /** The zone it happens in: day offsets count calendar days there. */
  zone: string;
  offsets: string[];
  /**
   * Who it reminds, when not every confirmed participant: a pickup reminds its own staff and
   * participants, each with their own offset.
   */
  recipientIds?: string[];
}

export interface ReminderTime {
  kind: ReminderKind;
  subjectId: string;
  fireAt: Date;
  offset: string;
  /** The anchor's own recipients, when it has them (see ReminderAnchor). */
  recipientIds?: string[];
}

/**
 * `offset` before `at`, as people in `zone` count it: `P1D` is the same local time the day
 * before (23 or 25 hours across a daylight-saving change), `PT1H` is exactly an hour.
 */
export function fireTimeBefore(at: Date, zone: string, offset: string): Date {
  // Pure and asked again for every recipient of a reminder time: worked out once each.
  const key = `${at.getTime()}|${zone}|${offset}`;
  let fireAt = fireTimes.get(key);
  if (fireAt === undefined) {
    fireAt = DateTime.fromJSDate(at, { zone }).minus(Duration.fromISO(offset)).toMillis();
    if (fireTimes.size > 50_000) fireTimes.clear();
    fireTimes.set(key, fireAt);
  }
  return new Date(fireAt);
}

const fireTimes = new Map<string, number>();

/** The range of years a fire time may fall in: any instant PostgreSQL and JavaScript both hold. */
const WRITABLE_MS = {
  from: new Date('0001-01-01T00:00:00Z').getTime(),
  to: new Date('9999-12-31T23:59:59.999Z').getTime(),
};

/** False for NaN (an offset Luxon could not subtract) and for instants no column could hold. */
export function isWritableFireTime(fireAt: Date): boolean {
  const ms = fireAt.getTime();
  return Number.isFinite(ms) && ms >= WRITABLE_MS.from && ms <= WRITABLE_MS.to;
}

/**
 * Every reminder time of an anchor, one per offset (two offsets landing on one instant: once).
 * An offset whose fire time is not a usable date (one stored before offsets were bounded) is
 * left out and reported to `onUnusable`, so it cannot fail the whole plan.
 */
export function reminderTimes(
  anchor: ReminderAnchor,
  onUnusable: (offset: string) => void = () => undefined,
): ReminderTime[] {
  const byInstant = new Map<number, ReminderTime>();
  for (const offset of anchor.offsets) {
    const fireAt = fireTimeBefore(anchor.at, anchor.zone, offset);
    if (!isWritableFireTime(fireAt)) {
      onUnusable(offset);
      continue;
    }
    if (!byInstant.has(fireAt.getTime()))
      byInstant.set(fireAt.getTime(), {
        kind: anchor.kind,
        subjectId: anchor.subjectId,
        fireAt,
        offset,
        ...(anchor.recipientIds ? { recipientIds: anchor.recipientIds } : {}),
      });
  }
  return [...byInstant.values()];
}

/** "in 1 hour", "in 2 days", "in 30 seconds": how far ahead a reminder is, for its email. */
export function describeOffset(offset: string): string {
  const duration = Duration.fromISO(offset).shiftTo('weeks', 'days', 'hours', 'minutes', 'seconds');
  const parts = (['weeks', 'days', 'hours', 'minutes', 'seconds'] as const)
    .filter((unit) => duration.get(unit) > 0)
    .map((unit) => {
      const amount = duration.get(unit);
      return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
    });
  return parts.join(' ');
}
