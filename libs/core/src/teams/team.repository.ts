import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Submission } from './submission.entity.js';
import { TeamMember } from './team-member.entity.js';
import { Team } from './team.entity.js';

/** A team member as the team views read it: with the name and nationality shown. */
export interface TeamMemberRow {
  team_id: string;
  registration_id: string;
  user_id: string;
  full_name: string;
  nationality: string;
  gender: string | null;
}

/**
 * The SQL of the team aggregate (teams and their members). Methods that may run inside a
 * transaction take its EntityManager; the rules stay in TeamService.
 */
@Injectable()
export class TeamRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Locks the event's row, so one assignment of its teams runs at a time. */
  async lockEvent(manager: EntityManager, eventId: string): Promise<void> {
    await manager.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [eventId]);
  }

  /** Locks a team's row, so its members' submissions run one at a time. */
  async lockTeam(manager: EntityManager, teamId: string): Promise<void> {
    await manager.query('SELECT id FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
  }

  membersOfTeam(manager: EntityManager, teamId: string): Promise<TeamMember[]> {
    return manager.find(TeamMember, { where: { teamId } });
  }

  /** Whether any team of the event has submitted a mission. */
  anySubmitted(manager: EntityManager, eventId: string): Promise<boolean> {
    return manager
      .createQueryBuilder(Submission, 's')
      .innerJoin(Team, 't', 't.id = s.team_id')
      .where('t.event_id = :eventId', { eventId })
      .getExists();
  }

  async deleteForEvent(manager: EntityManager, eventId: string): Promise<void> {
    await manager.delete(Team, { eventId });
  }

  createTeam(manager: EntityManager, team: Pick<Team, 'eventId' | 'name' | 'position'>) {
    return manager.save(Team, team);
  }

  async insertMembers(
    manager: EntityManager,
    members: Pick<TeamMember, 'registrationId' | 'teamId' | 'eventId' | 'userId'>[],
  ): Promise<void> {
    await manager.insert(TeamMember, members);
  }

  /** Adds a member unless the registration is in a team already; false when it was. */
  async addMember(
    manager: EntityManager,
    member: Pick<TeamMember, 'registrationId' | 'teamId' | 'eventId' | 'userId'>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(TeamMember)
      .values(member)
      .orIgnore()
      .returning('registration_id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  /** Removes one member from one team; false when they were not in it. */
  async removeMember(teamId: string, registrationId: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(TeamMember, { teamId, registrationId });
    return Boolean(result.affected);
  }

  /** Takes a registration out of whatever team holds it; the number of places left. */
  async removeRegistrations(manager: EntityManager, registrationIds: string[]): Promise<number> {
    if (!registrationIds.length) return 0;
    const result = await manager.delete(TeamMember, { registrationId: In(registrationIds) });
    return result.affected ?? 0;
  }

  membershipOf(
    userId: string,
    eventId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamMember | null> {
    return manager.findOneBy(TeamMember, { eventId, userId });
  }

  findById(teamId: string): Promise<Team | null> {
    return this.dataSource.manager.findOneBy(Team, { id: teamId });
  }

  /** The event's teams (or one of them), in order. */
  forEvent(
    eventId: string,
    teamId?: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Team[]> {
    return manager.find(Team, {
      where: { eventId, ...(teamId ? { id: teamId } : {}) },
      order: { position: 'ASC' },
    });
  }

  /** The members of these teams with their names, by nationality then name. */
  membersOf(
    teamIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TeamMemberRow[]> {
    return manager.query(
      `SELECT m.team_id, m.registration_id, m.user_id, u.full_name, r.nationality, r.gender
         FROM team_members m JOIN users u ON u.id = m.user_id JOIN registrations r ON r.id = m.registration_id
        WHERE m.team_id = ANY($1::uuid[]) ORDER BY r.nationality, u.full_name`,
      [teamIds],
    );
  }
}
