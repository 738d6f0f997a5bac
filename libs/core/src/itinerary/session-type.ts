export const SESSION_TYPES = [
  'lecture',
  'site_visit',
  'team_mission',
  'cultural_exchange',
  'travel',
  'meal',
  'ceremony',
  'free_time',
  'other',
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface Venue {
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  address?: string | null;
}
