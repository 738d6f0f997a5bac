import { DomainError } from '../common/index.js';

export const outsideEventDates = (message: string) =>
  new DomainError('rule', 'OUTSIDE_EVENT_DATES', message);
export const venueConflict = (title: string) =>
  new DomainError('conflict', 'VENUE_CONFLICT', `The venue is taken at that time by "${title}"`);
