import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountService, UserRepository, hashPassword } from '../accounts/index.js';
import type { User } from '../accounts/index.js';
import { DomainError } from '../common/index.js';
import { Event } from '../events/event.entity.js';
import { EventService } from '../events/event.service.js';
import { Organization, OrganizationService } from '../organizations/index.js';
import type { RegistrationInput } from '../registrations/index.js';
import { RegistrationService } from '../registrations/registration.service.js';
import {
  DEMO_FORUM,
  DEMO_ORGANIZATION,
  DEMO_ORGANIZER,
  DEMO_PASSWORD,
  DEMO_STAFF,
  DEMO_WORKSHOP,
  WORKSHOP_COUNTRIES,
} from './demo-data.js';
import { Session } from '../itinerary/session.entity.js';
import { SessionService } from '../itinerary/session.service.js';
import { WORKSHOP_PROGRAMME } from './demo-programme.js';
import { Mission } from '../teams/mission.entity.js';
import { MissionService } from '../teams/mission.service.js';
import { TeamService } from '../teams/team.service.js';
import { Accommodation } from '../rooms/accommodation.entity.js';
import { AccommodationService } from '../rooms/accommodation.service.js';
import { DEMO_ACCOMMODATIONS } from './demo-rooms.js';
import { JobName } from '#queue/queue-names.js';
import { requestReminderPlan } from '../reminders/reminder-plan-request.js';
import { DEMO_MISSIONS } from './demo-data.js';
import { demoTravel, passportForm } from './demo-travel.js';
import { AirportPickup, PickupService, TravelService } from '../travel/index.js';
import { demoDateOfBirth, demoDiet, demoName, forumCountry } from './demo-people.js';

const FORUM_REGISTRANTS = 300;

/**
 * Loads the demo installation through the domain services, so the data obeys the same rules
 * as anything created over HTTP. Every step looks for what it would create first: running it
 * twice changes nothing.
 *
 * The seeder keeps its few statements here rather than in repositories, on purpose: the "is it
 * there already" look-ups and the statements that silence the demo's emails serve the demo
 * only, and moving them would give the domain's repositories methods no request ever uses.
 * Everything it creates goes through the services, and so through their repositories.
 */
@Injectable()
export class DemoSeederService {
  private readonly logger = new Logger(DemoSeederService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly users: UserRepository,
    private readonly organizations: OrganizationService,
    private readonly events: EventService,
    private readonly registrations: RegistrationService,
    private readonly sessions: SessionService,
    private readonly teams: TeamService,
    private readonly missions: MissionService,
    private readonly accommodations: AccommodationService,
    private readonly travel: TravelService,
    private readonly pickups: PickupService,
  ) {}

  async run(): Promise<void> {
    const admin = await this.seedAdmin();
    const organizer = await this.user(DEMO_ORGANIZER);
    const staff = await Promise.all(DEMO_STAFF.map((person) => this.user(person)));

    let organization = await this.dataSource.manager.findOneBy(Organization, {
      name: DEMO_ORGANIZATION,
    });
    organization ??= await this.organizations.create(admin, DEMO_ORGANIZATION);
    await this.organizations.setMember(admin, organization.id, organizer.email, 'organizer');
    for (const person of staff)
      await this.organizations.setMember(admin, organization.id, person.email, 'staff');

    const workshop = await this.event(organizer, organization.id, DEMO_WORKSHOP);
    for (const person of staff) await this.events.addStaff(organizer, workshop.id, person.email);
    const forum = await this.event(organizer, organization.id, DEMO_FORUM);
    await this.events.addStaff(organizer, forum.id, staff[0]!.email);

    const startedAt = new Date();
    await this.seedProgramme(organizer, workshop);
    await this.seedRegistrations(workshop, forum);
    await this.seedTeams(organizer, staff[0]!, workshop);
    await this.seedRooms(organizer, workshop);
    await this.seedTravel(organizer, staff, workshop);
    await this.silenceDemoEmails(startedAt, [workshop.id, forum.id]);

    this.logger.log(`Demo data ready: sign in as ${organizer.email} / ${DEMO_PASSWORD}`);
  }

  /**
   * 48 confirmed workshop participants (four from each ASEAN country of 2023, eight from Korea)
   * and a short waiting list; a few hundred forum registrants. Registered through the
   * registration rules; their emails are marked skipped, since nobody reads demo inboxes.
   */
  private async seedRegistrations(workshop: Event, forum: Event): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);

    const workshopPlan = WORKSHOP_COUNTRIES.flatMap((country) =>
      Array.from({ length: country === 'KR' ? 8 : 4 }, (_, index) => ({ country, index })),
    ).concat([
      { country: 'VN', index: 4 },
      { country: 'TH', index: 4 },
      { country: 'PH', index: 4 },
      { country: 'ID', index: 4 },
    ]);
    for (const [position, { country, index }] of workshopPlan.entries()) {
      const user = await this.participant(
        `workshop.${country.toLowerCase()}${index + 1}@demo.gofar.local`,
        demoName(country, index),
        passwordHash,
      );
      await this.registerOnce(user, workshop.id, this.profile(country, position));
    }
    for (let index = 0; index < FORUM_REGISTRANTS; index += 1) {
      const country = forumCountry(index);
      const user = await this.participant(
        `forum${String(index + 1).padStart(3, '0')}@demo.gofar.local`,
        demoName(country, index),
        passwordHash,
      );
      await this.registerOnce(user, forum.id, this.profile(country, index));
    }
  }

  /**
   * Eight mixed teams of six, three missions tied to the team-mission blocks, and some work:
   * five teams have submitted the first mission, three of them are scored. Once.
   */
  private async seedTeams(organizer: User, judge: User, workshop: Event): Promise<void> {
    if (await this.dataSource.manager.existsBy(Mission, { eventId: workshop.id })) return;
    const teams = await this.teams.autoAssign(organizer, workshop.id, 6);
    const blocks = await this.dataSource.manager.find(Session, {
      where: { eventId: workshop.id, type: 'team_mission' },
      order: { startsAt: 'ASC' },
    });
    const missions = [];
    for (const [index, brief] of DEMO_MISSIONS.entries()) {
      const block = blocks[Math.min(blocks.length - 1, [2, 5, 8][index]!)]!;
      missions.push(
        await this.missions.create(organizer, workshop.id, {
          ...brief,
          dueAt: block.endsAt,
          sessionId: block.id,
        }),
      );
    }
    for (const [index, { team, members }] of teams.slice(0, 5).entries()) {
      const author = await this.users.findById(members[0]!.userId!);
      const submission = await this.missions.submit(author!, missions[0]!.mission.id, {
        content: `${team.name}: a week-long campaign run by students in all eleven countries, with a shared pledge board.`,
        url: null,
      });
      if (index < 3)
        await this.missions.score(judge, submission.id, {
          score: [92, 85, 85][index]!,
          feedback: 'Well argued; make the second week concrete.',
        });
    }
  }

  /** A Seoul hotel and a Hanoi dormitory with their rooms, everyone placed by the rules. Once. */
  private async seedRooms(organizer: User, workshop: Event): Promise<void> {
    for (const { rooms, ...values } of DEMO_ACCOMMODATIONS) {
      if (
        await this.dataSource.manager.existsBy(Accommodation, {
          eventId: workshop.id,
          name: values.name,
        })
      )
        continue;
      const { accommodation } = await this.accommodations.create(organizer, workshop.id, values);
      for (const room of rooms)
        await this.accommodations.addRoom(organizer, accommodation.id, room);
      await this.accommodations.autoAssign(organizer, accommodation.id);
    }
  }

  /**
   * Registrations, teams and submissions above planned emails; nobody reads demo inboxes. The
   * reminders stay: they are planned once the worker runs, and fall due with the programme.
   */
  private async silenceDemoEmails(since: Date, eventIds: string[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE notifications SET status = 'skipped', reason = 'demo data: not sent'
          WHERE status = 'scheduled' AND created_at >= $1 AND event_id = ANY($2::uuid[])`,
        [since, eventIds],
      );
      await manager.query(
        `DELETE FROM outbox WHERE payload ->> 'notificationId' IN
           (SELECT id::text FROM notifications WHERE reason = 'demo data: not sent')`,
      );
      // Hundreds of per-person plan requests come to one plan of each event's reminders.
      await manager.query(
        `DELETE FROM outbox WHERE job_name = $1 AND payload ->> 'eventId' = ANY($2::text[])`,
        [JobName.PlanReminders, eventIds],
      );
      for (const eventId of eventIds) await requestReminderPlan(manager, { eventId });
    });
  }

  /**
   * Flights for most workshop participants (a few missing, for the console's lists) and the
   * Incheon pickups planned from them: two groups, each with a staff member and a meeting
   * point. Once.
   */
  private async seedTravel(organizer: User, staff: User[], workshop: Event): Promise<void> {
    if (await this.dataSource.manager.existsBy(AirportPickup, { eventId: workshop.id })) return;
    const confirmed: { id: string; nationality: string; full_name: string }[] =
      await this.dataSource.query(
        `SELECT r.id, r.nationality, u.full_name FROM registrations r JOIN users u ON u.id = r.user_id
          WHERE r.event_id = $1 AND r.status = 'confirmed' ORDER BY r.seq`,
        [workshop.id],
      );
    for (const [position, registration] of confirmed.entries()) {
      const input = demoTravel(
        position,
        registration.nationality,
        passportForm(registration.full_name),
      );
      if (input) await this.travel.put(organizer, registration.id, input);
    }
    const groups = await this.pickups.plan(organizer, workshop.id, { airport: 'ICN' });
    for (const [index, group] of groups.entries())
      await this.pickups.patch(organizer, group.pickup.id, {
        staffIds: [staff[index % staff.length]!.id],
        note: 'Arrivals hall, exit 4: look for the Gofar sign',
      });
  }

  /** The nine-day programme, once. */
  private async seedProgramme(organizer: User, workshop: Event): Promise<void> {
    if (await this.dataSource.manager.existsBy(Session, { eventId: workshop.id })) return;
    for (const session of WORKSHOP_PROGRAMME)
      await this.sessions.create(organizer, workshop.id, session);
  }

  /** Registers unless this person already is (a second seed run). */
  private async registerOnce(
    user: User,
    eventId: string,
    profile: RegistrationInput,
  ): Promise<void> {
    try {
      await this.registrations.register(user, eventId, profile);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'ALREADY_REGISTERED')) throw error;
    }
  }

  private profile(country: string, index: number): RegistrationInput {
    return {
      nationality: country,
      dateOfBirth: demoDateOfBirth(index),
      gender: index % 2 === 0 ? 'female' : 'male',
      dietaryRequirements: demoDiet(country, index),
      medicalNotes: index % 9 === 0 ? 'Mild asthma; carries an inhaler' : null,
      emergencyContact: {
        name: `Parent of participant ${index + 1}`,
        phone: `+00 100 ${String(1000 + index)}`,
        relationship: 'parent',
      },
      motivation: 'To work with young people from across ASEAN and Korea.',
    };
  }

  /** A demo participant; all share one password hash (demo data only, never for real accounts). */
  private async participant(email: string, fullName: string, passwordHash: string): Promise<User> {
    return (
      (await this.users.insertIfAbsent({
        email,
        fullName,
        passwordHash,
        isAdmin: false,
        emailVerifiedAt: new Date(),
      })) ?? (await this.users.findByEmail(email))!
    );
  }

  /** The configured admin when there is one, else a demo admin (only ever created by the seed). */
  private async seedAdmin(): Promise<User> {
    const configured = process.env.ADMIN_EMAIL
      ? await this.users.findByEmail(process.env.ADMIN_EMAIL)
      : null;
    if (configured?.isAdmin) return configured;
    await this.accounts.ensureAdmin('admin@gofar.local', DEMO_PASSWORD);
    return (await this.users.findByEmail('admin@gofar.local'))!;
  }

  private async user(person: { email: string; fullName: string }): Promise<User> {
    try {
      return await this.accounts.signup({ ...person, password: DEMO_PASSWORD }, { verified: true });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'EMAIL_TAKEN')
        return (await this.users.findByEmail(person.email))!;
      throw error;
    }
  }

  private async event(
    organizer: User,
    organizationId: string,
    values: typeof DEMO_WORKSHOP | typeof DEMO_FORUM,
  ): Promise<Event> {
    const existing = await this.dataSource.manager.findOneBy(Event, {
      organizationId,
      title: values.title,
    });
    if (existing) return existing;
    const event = await this.events.create(organizer, { organizationId, ...values });
    await this.events.publish(organizer, event.id);
    return event;
  }
}
