import { InitialSchema1795757504441 } from './1795757504441-InitialSchema.js';
import { EventStartsAt1795758400000 } from './1795758400000-EventStartsAt.js';
import { NotificationPipeline1795758889692 } from './1795758889692-NotificationPipeline.js';
import { Registrations1795759505986 } from './1795759505986-Registrations.js';
import { Itinerary1795761199329 } from './1795761199329-Itinerary.js';
import { TeamsAndMissions1795762179837 } from './1795762179837-TeamsAndMissions.js';
import { CanonicalCountriesAndZones1795770000000 } from './1795770000000-CanonicalCountriesAndZones.js';
import { BrowserSessionsAndAccountLifecycle1795800000000 } from './1795800000000-BrowserSessionsAndAccountLifecycle.js';
import { RegistrantSearch1795810000000 } from './1795810000000-RegistrantSearch.js';
import { WaitlistLineAndRegistrationRush1795900000100 } from './1795900000100-WaitlistLineAndRegistrationRush.js';
import { ScaleIndexesAndReconciliationMark1795900000300 } from './1795900000300-ScaleIndexesAndReconciliationMark.js';
import { TravelRecordsAndPickups1795900000400 } from './1795900000400-TravelRecordsAndPickups.js';
import { AccommodationsAndRooms1795900000600 } from './1795900000600-AccommodationsAndRooms.js';
import { InvitationLetters1795900000700 } from './1795900000700-InvitationLetters.js';

/** Every migration, in order; `npm run migration:generate` writes new ones beside this file. */
export const migrations = [
  InitialSchema1795757504441,
  EventStartsAt1795758400000,
  NotificationPipeline1795758889692,
  Registrations1795759505986,
  Itinerary1795761199329,
  TeamsAndMissions1795762179837,
  CanonicalCountriesAndZones1795770000000,
  BrowserSessionsAndAccountLifecycle1795800000000,
  RegistrantSearch1795810000000,
  WaitlistLineAndRegistrationRush1795900000100,
  ScaleIndexesAndReconciliationMark1795900000300,
  TravelRecordsAndPickups1795900000400,
  AccommodationsAndRooms1795900000600,
  InvitationLetters1795900000700,
];
