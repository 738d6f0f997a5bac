import { instantOf } from '@/format/instant';

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

/** The instant at which the clocks of `zone` show `local` ("2027-03-01T09:00"), with its offset. */
export function instantFromLocal(local: string, zone: string): string | null {
  const [date = '', time = ''] = local.split('T');
  return instantOf(date, time.slice(0, 5), zone);
}
