import { DateTime } from 'luxon';
import type { Event } from '../events/index.js';

/**
 * Under 18 on the first day: `startsOn` < dateOfBirth + 18 years, compared as local dates. A
 * 29 February birthday counts from 1 March in years without one.
 */
export function isMinorOn(dateOfBirth: string, startsOn: string): boolean {
  const birth = DateTime.fromISO(dateOfBirth, { zone: 'UTC' });
  let adulthood = birth.plus({ years: 18 });
  if (birth.month === 2 && birth.day === 29 && adulthood.day !== 29)
    adulthood = adulthood.plus({ days: 1 });
  return startsOn < adulthood.toISODate()!;
}

/** The cap on confirmed registrations of a nationality; null is unlimited. */
export function quotaFor(
  event: Pick<Event, 'countryQuotas' | 'defaultCountryQuota'>,
  nationality: string,
): number | null {
  return event.countryQuotas[nationality] ?? event.defaultCountryQuota;
}

/** Registration opens when set, else at publication; closes when set, else when the programme starts. */
export function registrationWindow(
  event: Pick<Event, 'registrationOpensAt' | 'registrationClosesAt' | 'publishedAt' | 'startsAt'>,
) {
  return {
    opensAt: event.registrationOpensAt ?? event.publishedAt,
    closesAt: event.registrationClosesAt ?? event.startsAt,
  };
}

/** Why registration is closed right now, or null while it is open. */
export function whyClosed(
  event: Pick<
    Event,
    'status' | 'registrationOpensAt' | 'registrationClosesAt' | 'publishedAt' | 'startsAt'
  >,
  now: Date,
): string | null {
  if (event.status === 'cancelled') return 'the event was cancelled';
  if (event.status !== 'published') return 'the event is not published';
  const { opensAt, closesAt } = registrationWindow(event);
  if (opensAt && now < opensAt) return `it opens at ${opensAt.toISOString()}`;
  if (now >= closesAt) return `it closed at ${closesAt.toISOString()}`;
  return null;
}
