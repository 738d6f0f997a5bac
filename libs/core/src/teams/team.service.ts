import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '#db/transaction.js';
import type { User } from '../accounts/index.js';
import { notFound } from '../common/index.js';
import { RegistrationRepository } from '../registrations/index.js';
import { TeamAccessService } from './team-access.service.js';
import { assignTeams, teamName } from './team-assignment.js';
import type { Team } from './team.entity.js';
import { TeamRepository } from './team.repository.js';
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
    private readonly teams: TeamRepository,
    private readonly registrations: RegistrationRepository,
  ) {}

  /**
   * Replaces every team of the event with ceil(n / teamSize) new ones from its confirmed
   * participants; refused once any team has submitted.
   */
  async autoAssign(actor: User, eventId: string, teamSize: number): Promise<TeamView[]> {
    await this.access.assertOrganizer(actor, eventId);
    await inTransaction(this.dataSource, async (manager) => {
      await this.teams.lockEvent(manager, eventId);
      if (await this.teams.anySubmitted(manager, eventId)) throw teamsLocked();
      const confirmed = await this.registrations.confirmedForEvent(manager, eventId);
      await this.teams.deleteForEvent(manager, eventId);
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
        const team = await this.teams.createTeam(manager, {
          eventId,
          name: teamName(position),
          position,
        });
        await this.teams.insertMembers(
          manager,
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
      const registration = await this.registrations.findInEvent(
        manager,
        registrationId,
        team.eventId,
      );
      if (!registration) throw notFound('Registration');
      if (registration.status !== 'confirmed') throw notConfirmed();
      const added = await this.teams.addMember(manager, {
        registrationId,
        teamId,
        eventId: team.eventId,
        userId: registration.userId,
      });
      if (!added) throw alreadyInTeam();
    });
    return (await this.views(team.eventId, team.id))[0]!;
  }

  async removeMember(actor: User, teamId: string, registrationId: string): Promise<void> {
    const team = await this.team(actor, teamId);
    await this.access.assertOrganizer(actor, team.eventId);
    if (!(await this.teams.removeMember(teamId, registrationId))) throw notFound('Team member');
  }

  /**
   * Takes registrations out of their teams once they are no longer confirmed (the worker's
   * answer to `requestTeamLeave`); one confirmed again by then keeps its place.
   */
  async removeRegistrationsFromTeams(registrationIds: string[]): Promise<number> {
    return inTransaction(this.dataSource, async (manager) => {
      const confirmed = await this.registrations.confirmedAmong(manager, registrationIds);
      const leaving = registrationIds.filter((id) => !confirmed.has(id));
      return this.teams.removeRegistrations(manager, leaving);
    });
  }

  /** The actor's team in the event, if any. */
  async teamOf(
    userId: string,
    eventId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamView | null> {
    const membership = await this.teams.membershipOf(userId, eventId, manager);
    return membership ? ((await this.views(eventId, membership.teamId))[0] ?? null) : null;
  }

  private async team(actor: User, teamId: string): Promise<Team> {
    const team = await this.teams.findById(teamId);
    if (!team) throw notFound('Team');
    await this.access.assertCanSee(actor, team.eventId).catch(() => {
      throw notFound('Team');
    });
    return team;
  }

  async views(eventId: string, teamId?: string): Promise<TeamView[]> {
    const teams = await this.teams.forEvent(eventId, teamId);
    if (!teams.length) return [];
    const rows = await this.teams.membersOf(teams.map((team) => team.id));
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
