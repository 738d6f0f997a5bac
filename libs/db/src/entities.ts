import { User } from '#core/accounts/user.entity.js';
import { EventStaff } from '#core/events/event-staff.entity.js';
import { Event } from '#core/events/event.entity.js';
import { Notification } from '#core/notifications/notification.entity.js';
import { OutboxMessage } from '#core/notifications/outbox-message.entity.js';
import { RegistrationChange } from '#core/registrations/registration-change.entity.js';
import { Registration } from '#core/registrations/registration.entity.js';
import { CalendarFeed } from '#core/itinerary/calendar-feed.entity.js';
import { Session } from '#core/itinerary/session.entity.js';
import { Mission } from '#core/teams/mission.entity.js';
import { Submission } from '#core/teams/submission.entity.js';
import { TeamMember } from '#core/teams/team-member.entity.js';
import { Team } from '#core/teams/team.entity.js';
import { Membership } from '#core/organizations/membership.entity.js';
import { Organization } from '#core/organizations/organization.entity.js';

/** Every entity Gofar maps; new features add theirs here. */
export const entities = [
  User,
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
];
