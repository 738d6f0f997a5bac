export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_KINDS = ['workshop', 'forum', 'conference', 'seminar', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ITINERARY_VISIBILITIES = ['public', 'participants'] as const;
export type ItineraryVisibility = (typeof ITINERARY_VISIBILITIES)[number];

/** The person who signs an event's visa invitation letters, as the letters print them. */
export interface LetterSignatory {
  name: string;
  title: string;
}
