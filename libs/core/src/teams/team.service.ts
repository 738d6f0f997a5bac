import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/user.entity.js';
import { notFound } from '../common/domain-error.js';
import { Registration } from '../registrations/registration.entity.js';
import { Submission } from './submission.entity.js';
import { TeamAccessService } from './team-access.service.js';
import { assignTeams, teamName } from './team-assignment.js';
import { TeamMember } from './team-member.entity.js';
import { Team } from './team.entity.js';
import { alreadyInTeam, notConfirmed, teamsLocked } from './teams.errors.js';

/** A team member; participants see each other as a name and a nationality only. */
export interface TeamMemberView {
  registrationId?: string;
  userId?: string;
  fullName: string;
  nationality: string;
}

export interface TeamView {
  team: Team;
  members: TeamMemberView[];
}

@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TeamAccessService,
  ) {}

  /**
   * Replaces every team of the event with ceil(n / teamSize) new ones from its confirmed
   * participants; refused once any team has submitted.
   */
  async autoAssign(actor: User, eventId: string, teamSize: number): Promise<TeamView[]> {
    await this.access.assertOrganizer(actor, eventId);
    await inTransaction(this.dataSource, async (manager) => {
      await manager.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [eventId]);
      const submitted = await manager
        .createQueryBuilder(Submission, 's')
        .innerJoin(Team, 't', 't.id = s.team_id')
        .where('t.event_id = :eventId', { eventId })
        .getExists();
      if (submitted) throw teamsLocked();
      const confirmed = await manager.find(Registration, {
        where: { eventId, status: 'confirmed' },
      });
      await manager.delete(Team, { eventId });
      const groups = assignTeams(
        confirmed.map((registration) => ({
          registrationId: registration.id,
          nationality: registration.nationality,
          gender: registration.gender,
          userId: registration.userId,
        })),
        teamSize,
      );
      for (const [position, group] of groups.entries()) {
        const team = await manager.save(Team, { eventId, name: teamName(position), position });
        await manager.insert(
          TeamMember,
          group.map((member) => ({
            registrationId: member.registrationId,
            teamId: team.id,
            eventId,
            userId: member.userId,
          })),
        );
      }
    });
    return this.views(eventId);
  }

  async list(actor: User, eventId: string): Promise<TeamView[]> {
    const access = await this.access.assertCanSee(actor, eventId);
    const views = await this.views(eventId);
    if (access.isOrganizer || access.isEventStaff) return views;
    return views.map(({ team, members }) => ({
      team,
      members: members.map(({ fullName, nationality }) => ({ fullName, nationality })),
    }));
  }

  async addMember(actor: User, teamId: string, registrationId: string): Promise<TeamView> {
    const team = await this.team(actor, teamId);
    await this.access.assertOrganizer(actor, team.eventId);
    await inTransaction(this.dataSource, async (manager) => {
      const registration = await manager.findOneBy(Registration, {
        id: registrationId,
        eventId: team.eventId,
      });
      if (!registration) throw notFound('Registration');
      if (registration.status !== 'confirmed') throw notConfirmed();
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(TeamMember)
        .values({ registrationId, teamId, eventId: team.eventId, userId: registration.userId })
        .orIgnore()
        .returning('registration_id')
        .execute();
      if (!(result.raw as unknown[]).length) throw alreadyInTeam();
    });
    return (await this.views(team.eventId, team.id))[0]!;
  }

  async removeMember(actor: User, teamId: string, registrationId: string): Promise<void> {
    const team = await this.team(actor, teamId);
    await this.access.assertOrganizer(actor, team.eventId);
    const result = await this.dataSource.manager.delete(TeamMember, { teamId, registrationId });
    if (!result.affected) throw notFound('Team member');
  }

  /**
   * Takes a registration out of its team once it is no longer confirmed (the worker's answer to
   * `requestTeamLeave`); a registration confirmed again by then keeps its place.
   */
  async removeRegistrationFromTeams(registrationId: string): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const registration = await manager.findOne(Registration, {
        where: { id: registrationId },
        lock: { mode: 'pessimistic_read' },
      });
      if (registration?.status === 'confirmed') return 0;
      const result = await manager.delete(TeamMember, { registrationId });
      return result.affected ?? 0;
    });
  }

  /** The actor's team in the event, if any. */
  async teamOf(
    userId: string,
    eventId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamView | null> {
    const membership = await manager.findOneBy(TeamMember, { eventId, userId });
    return membership ? ((await this.views(eventId, membership.teamId))[0] ?? null) : null;
  }

  private async team(actor: User, teamId: string): Promise<Team> {
    const team = await this.dataSource.manager.findOneBy(Team, { id: teamId });
    if (!team) throw notFound('Team');
    await this.access.assertCanSee(actor, team.eventId).catch(() => {
      throw notFound('Team');
    });
    return team;
  }

  async views(eventId: string, teamId?: string): Promise<TeamView[]> {
    const teams = await this.dataSource.manager.find(Team, {
      where: { eventId, ...(teamId ? { id: teamId } : {}) },
      order: { position: 'ASC' },
    });
    if (!teams.length) return [];
    const rows: {
      team_id: string;
      registration_id: string;
      user_id: string;
      full_name: string;
      nationality: string;
    }[] = await this.dataSource.query(
      `SELECT m.team_id, m.registration_id, m.user_id, u.full_name, r.nationality
         FROM team_members m JOIN users u ON u.id = m.user_id JOIN registrations r ON r.id = m.registration_id
        WHERE m.team_id = ANY($1::uuid[]) ORDER BY r.nationality, u.full_name`,
      [teams.map((team) => team.id)],
    );
    return teams.map((team) => ({
      team,
      members: rows
        .filter((row) => row.team_id === team.id)
        .map((row) => ({
          registrationId: row.registration_id,
          userId: row.user_id,
          fullName: row.full_name,
          nationality: row.nationality,
        })),
    }));
  }
}
