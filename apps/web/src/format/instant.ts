/**
 * Local date and clock time in a named zone → the instant, written with that zone's offset
 * ("2026-07-20T09:00:00+09:00"), with the browser's Intl only. The browser's own zone never
 * enters the sum: an organizer in St. John's types Seoul times for a Seoul session.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** The zone's offset from UTC, in minutes, at an instant (east positive). */
export function offsetMinutes(zone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(at))
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = name ? /GMT([+-])(\d{2}):(\d{2})/.exec(name) : null;
  if (!match) return 0; // "GMT": UTC itself
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** "+09:00", "-03:30". */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}:${String(absolute % 60).padStart(2, '0')}`;
}

/**
 * The instant at which the wall clock in `zone` shows `localTime` ("HH:mm") on `localDate`
 * ("YYYY-MM-DD"), as ISO 8601 with the zone's offset then. A time skipped by a daylight-saving
 * change (02:30 on a spring-forward night) moves forward by the gap, as clocks do; a time that
 * happens twice (01:30 on a fall-back night) is its first occurrence. Null for malformed input.
 */
export function instantOf(localDate: string, localTime: string, zone: string): string | null {
  const date = DATE.exec(localDate);
  const time = TIME.exec(localTime);
  if (!date || !time) return null;
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const [hour, minute] = [Number(time[1]), Number(time[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null; // 31 June and the like
  let offset: number;
  try {
    offset = offsetMinutes(zone, wall);
  } catch {
    return null; // unknown zone
  }
  let instant = wall - offset * 60_000;
  const second = offsetMinutes(zone, instant);
  if (second !== offset) {
    const retry = wall - second * 60_000;
    // When the retry holds, the first guess was on the wrong side of a change; otherwise the
    // wall time falls in a gap and the first guess already reads as the time after it.
    if (offsetMinutes(zone, retry) === second) instant = retry;
  }
  const used = offsetMinutes(zone, instant);
  const local = new Date(instant + used * 60_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00${offsetText(used)}`
  );
}
