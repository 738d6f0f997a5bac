/** The itinerary feature's front door (the iCalendar writer stays inside). */
export * from './calendar-feed.entity.js';
export * from './calendar.service.js';
export * from './itinerary-access.service.js';
export * from './itinerary.errors.js';
export * from './itinerary.service.js';
export * from './itinerary-version.js';
export * from './local-time.js';
export * from './session-input.js';
export * from './session-type.js';
export * from './session.entity.js';
export * from './session.repository.js';
export * from './session.service.js';
