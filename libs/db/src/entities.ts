import { User } from '../../core/src/accounts/user.entity.js';
import { EventStaff } from '../../core/src/events/event-staff.entity.js';
import { Event } from '../../core/src/events/event.entity.js';
import { Notification } from '../../core/src/notifications/notification.entity.js';
import { OutboxMessage } from '../../core/src/notifications/outbox-message.entity.js';
import { RegistrationChange } from '../../core/src/registrations/registration-change.entity.js';
import { Registration } from '../../core/src/registrations/registration.entity.js';
import { CalendarFeed } from '../../core/src/itinerary/calendar-feed.entity.js';
import { Session } from '../../core/src/itinerary/session.entity.js';
import { Mission } from '../../core/src/teams/mission.entity.js';
import { Submission } from '../../core/src/teams/submission.entity.js';
import { TeamMember } from '../../core/src/teams/team-member.entity.js';
import { Team } from '../../core/src/teams/team.entity.js';
import { Membership } from '../../core/src/organizations/membership.entity.js';
import { Organization } from '../../core/src/organizations/organization.entity.js';

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
