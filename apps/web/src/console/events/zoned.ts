/**
 * Local date-times in an event's zone (as a `datetime-local` input shows them) and the instants
 * the API stores. Intl only: the zone's offset at that moment decides.
 */

function wallClock(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
}

/** "2027-03-01T09:00" in `zone` for an instant (what a datetime-local input holds). */
export function localDateTimeIn(instant: string, zone: string): string {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) return '';
  return new Date(wallClock(time, zone)).toISOString().slice(0, 16);
}

/** The instant (ISO, UTC) at which the clocks of `zone` show `local` ("2027-03-01T09:00"). */
export function instantFromLocal(local: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let guess = asUtc;
  for (let i = 0; i < 3; i += 1) {
    const offset = wallClock(guess, zone) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess).toISOString();
}
