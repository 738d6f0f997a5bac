/** Reminder offsets: ISO 8601 durations (P1D, PT2H) as people say them ("1 day before"). */

export const UNITS = ['minutes', 'hours', 'days', 'weeks'] as const;
export type Unit = (typeof UNITS)[number];

export interface Offset {
  amount: number | string;
  unit: Unit;
}

const MINUTES: Record<Unit, number> = { minutes: 1, hours: 60, days: 1440, weeks: 10080 };

/** "P1D" → {1, days}; "PT90M" → {90, minutes}; "P1W" → {1, weeks}; null when unreadable. */
export function parseOffset(iso: string): Offset | null {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!match) return null;
  const [, w, d, h, m, s] = match.map((part) => (part === undefined ? 0 : Number(part)));
  if (w && !d && !h && !m && !s) return { amount: w, unit: 'weeks' };
  const minutes = d * 1440 + h * 60 + m + Math.round(s / 60);
  if (minutes % 1440 === 0) return { amount: minutes / 1440, unit: 'days' };
  if (minutes % 60 === 0) return { amount: minutes / 60, unit: 'hours' };
  return { amount: minutes, unit: 'minutes' };
}

/** {2, hours} → "PT2H". */
export function formatOffset(offset: Offset): string {
  const amount = Number(offset.amount);
  switch (offset.unit) {
    case 'weeks':
      return `P${amount}W`;
    case 'days':
      return `P${amount}D`;
    case 'hours':
      return `PT${amount}H`;
    default:
      return `PT${amount}M`;
  }
}

/** For sorting: how long before, in minutes. */
export function offsetMinutes(offset: Offset): number {
  return Number(offset.amount) * MINUTES[offset.unit];
}
