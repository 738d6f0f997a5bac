import type { components } from './schema';

/** Short names for the API's shapes (generated from its OpenAPI document). */
export type Schemas = components['schemas'];
export type Me = Schemas['MeDto'];
export type EventSummary = Schemas['EventDto'];
export type Registration = Schemas['RegistrationDto'];
export type Session = Schemas['SessionDto'];
export type MyItinerary = Schemas['MyItineraryDto'];
