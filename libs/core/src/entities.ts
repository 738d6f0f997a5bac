import { AccountToken } from './accounts/account-token.entity.js';
import { BrowserSession } from './accounts/browser-session.entity.js';
import { User } from './accounts/user.entity.js';
import { EventStaff } from './events/event-staff.entity.js';
import { Event } from './events/event.entity.js';
import { Notification } from './notifications/notification.entity.js';
import { OutboxMessage } from './notifications/outbox-message.entity.js';
import { RegistrationChange } from './registrations/registration-change.entity.js';
import { Registration } from './registrations/registration.entity.js';
import { CalendarFeed } from './itinerary/calendar-feed.entity.js';
import { Session } from './itinerary/session.entity.js';
import { Mission } from './teams/mission.entity.js';
import { Submission } from './teams/submission.entity.js';
import { TeamMember } from './teams/team-member.entity.js';
import { Team } from './teams/team.entity.js';
import { Membership } from './organizations/membership.entity.js';
import { Organization } from './organizations/organization.entity.js';
import { AirportPickup } from './travel/airport-pickup.entity.js';
import { PickupMember } from './travel/pickup-member.entity.js';
import { PickupPlan } from './travel/pickup-plan.entity.js';
import { TravelRecord } from './travel/travel-record.entity.js';
import { Accommodation } from './rooms/accommodation.entity.js';
import { RoomOccupant } from './rooms/room-occupant.entity.js';
import { Room } from './rooms/room.entity.js';
import { InvitationLetter } from './letters/invitation-letter.entity.js';

/** Every entity Gofar maps (the DataSource of both apps, the seed and the CLI); new features add theirs here. */
export const entities = [
  User,
  BrowserSession,
  AccountToken,
  Organization,
  Membership,
  Event,
  EventStaff,
  Notification,
  OutboxMessage,
  Registration,
  RegistrationChange,
  Session,
  CalendarFeed,
  Team,
  TeamMember,
  Mission,
  Submission,
  TravelRecord,
  AirportPickup,
  PickupMember,
  PickupPlan,
  Accommodation,
  Room,
  RoomOccupant,
  InvitationLetter,
];
