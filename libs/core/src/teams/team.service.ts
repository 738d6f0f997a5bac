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
  /** For organizers and staff. */
  gender?: string | null;
}

export interface TeamView {
  team: Team;
  members: TeamMemberView[];
}

/** Thrown inside a preview's transaction so that nothing it dealt is kept. */
class PreviewRollback extends Error {}

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
   * participants; refused once any team has submitted. A preview deals the teams the same way
   * in a transaction that is then rolled back: nothing is saved, and the same input gives the
   * same teams as the real call.
   */
  async autoAssign(
    actor: User,
    eventId: string,
    teamSize: number,
    options: { preview?: boolean } = {},
  ): Promise<TeamView[]> {
    await this.access.assertOrganizer(actor, eventId);
    if (options.preview) {
      let preview: TeamView[] = [];
      await this.dataSource
        .transaction(async (manager) => {
          await this.deal(manager, eventId, teamSize);
          preview = await this.views(eventId, undefined, manager);
          throw new PreviewRollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof PreviewRollback)) throw error;
        });
      return preview;
    }
    await inTransaction(this.dataSource, (manager) => this.deal(manager, eventId, teamSize));
    return this.views(eventId);
  }

  private async deal(manager: EntityManager, eventId: string, teamSize: number): Promise<void> {
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

  async views(
    eventId: string,
    teamId?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamView[]> {
    const teams = await this.teams.forEvent(eventId, teamId, manager);
    if (!teams.length) return [];
    const rows = await this.teams.membersOf(
      teams.map((team) => team.id),
      manager,
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
          gender: row.gender,
        })),
    }));
  }
}
