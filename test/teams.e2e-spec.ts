import {
  loginAdmin,
  newEvent,
  newOrganization,
  type Account,
  type OrganizationFixture,
} from './support/factories.js';
import { fastUsers } from './support/fast-users.js';
import { registrationBody } from './support/registration-body.js';
import { SmtpSink } from './support/smtp-sink.js';
import { Stack } from './support/stack.js';
import { pause } from './support/timing.js';

const COUNTS: Record<string, number> = {
  BN: 4,
  KH: 4,
  ID: 4,
  LA: 4,
  MY: 4,
  MM: 4,
  PH: 4,
  SG: 4,
  TH: 4,
  VN: 4,
  KR: 8,
};

interface TeamBody {
  id: string;
  name: string;
  members: { registrationId?: string; userId?: string; fullName: string; nationality: string }[];
}

describe('teams, missions and the leaderboard', () => {
  let sink: SmtpSink;
  let stack: Stack;
  let centre: OrganizationFixture;
  let eventId: string;
  let people: Account[];
  const registrationOf = new Map<string, string>();
  let waitlisted: Account;
  let outsider: Account;

  const organizer = () => ({ token: centre.organizer.token });
  const teams = async (token = centre.organizer.token) =>
    (await stack.client.get(`/api/v1/events/${eventId}/teams`, { token })).body.items as TeamBody[];
  const teamOf = async (person: Account) =>
    (await teams()).find((team) => team.members.some((member) => member.userId === person.id))!;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await Stack.start(sink.url);
    await stack.startWorker();
    centre = await newOrganization(stack.client, await loginAdmin(stack.client));
    const event = await newEvent(stack.client, centre.organizer, centre.id, {
      title: 'Youth Network Workshop',
      capacity: 48,
      countryQuotas: {},
      timezone: 'Asia/Seoul',
    });
    eventId = event.id;
    await stack.client.post(
      `/api/v1/events/${eventId}/staff`,
      { email: centre.staff.email },
      organizer(),
    );
    await stack.client.post(`/api/v1/events/${eventId}/publish`, undefined, organizer());
    people = await fastUsers(stack.env.DATABASE_URL!, 48, 'member');
    let index = 0;
    for (const [nationality, count] of Object.entries(COUNTS)) {
      for (let n = 0; n < count; n += 1, index += 1) {
        const person = people[index]!;
        const response = await stack.client.post(
          `/api/v1/events/${eventId}/registrations`,
          registrationBody({ nationality, gender: n % 2 ? 'male' : 'female' }),
          { token: person.token },
        );
        expect(response.body.status).toBe('confirmed');
        registrationOf.set(person.id, response.body.id);
      }
    }
    [waitlisted, outsider] = await fastUsers(stack.env.DATABASE_URL!, 2, 'late');
    expect(
      (
        await stack.client.post(`/api/v1/events/${eventId}/registrations`, registrationBody(), {
          token: waitlisted!.token,
        })
      ).body.status,
    ).toBe('waitlisted');
  });
  afterAll(async () => {
    await stack?.stop();
    await sink?.stop();
  });

  it('forms eight mixed teams of six, the same way twice', async () => {
    const first = await stack.client.post(
      `/api/v1/events/${eventId}/teams/auto-assign`,
      { teamSize: 6 },
      organizer(),
    );
    expect(first.status).toBe(200);
    const made = first.body.items as TeamBody[];
    expect(made).toHaveLength(8);
    expect(made[0]!.name).toBe('Team Mekong');
    for (const team of made) {
      expect(team.members).toHaveLength(6);
      expect(new Set(team.members.map((member) => member.nationality)).size).toBe(6);
    }
    const again = (
      await stack.client.post(
        `/api/v1/events/${eventId}/teams/auto-assign`,
        { teamSize: 6 },
        organizer(),
      )
    ).body.items as TeamBody[];
    const signature = (list: TeamBody[]) =>
      list.map((team) =>
        team.members
          .map((member) => member.registrationId)
          .sort()
          .join(','),
      );
    expect(signature(again)).toEqual(signature(made));
    expect(
      (
        await stack.client.post(
          `/api/v1/events/${eventId}/teams/auto-assign`,
          { teamSize: 6 },
          { token: people[0]!.token },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await stack.client.post(
          `/api/v1/events/${eventId}/teams/auto-assign`,
          { teamSize: 0 },
          organizer(),
        )
      ).status,
    ).toBe(400);
  });

  it('previews auto-assign without saving: the preview is what the real call then makes', async () => {
    const signature = (list: TeamBody[]) =>
      list.map(
        (team) =>
          `${team.name}:${team.members
            .map((member) => member.registrationId)
            .sort()
            .join(',')}`,
      );
    const before = await teams();
    const preview = await stack.client.post(
      `/api/v1/events/${eventId}/teams/auto-assign?preview=true`,
      { teamSize: 5 },
      organizer(),
    );
    expect(preview.status).toBe(200);
    const proposed = preview.body.items as (TeamBody & {
      members: { gender?: string | null }[];
    })[];
    expect(proposed).toHaveLength(Math.ceil(48 / 5));
    expect(proposed[0]!.members[0]!.gender).toMatch(/^(female|male)$/);
    // Nothing saved: the teams are as they were.
    expect(signature(await teams())).toEqual(signature(before));
    // A participant may not preview either.
    expect(
      (
        await stack.client.post(
          `/api/v1/events/${eventId}/teams/auto-assign?preview=true`,
          { teamSize: 5 },
          { token: people[0]!.token },
        )
      ).status,
    ).toBe(403);
    const applied = (
      await stack.client.post(
        `/api/v1/events/${eventId}/teams/auto-assign`,
        { teamSize: 5 },
        organizer(),
      )
    ).body.items as TeamBody[];
    expect(signature(applied)).toEqual(signature(proposed));
    expect(signature(await teams())).toEqual(signature(proposed));
    // Back to teams of six for the tests that follow.
    await stack.client.post(
      `/api/v1/events/${eventId}/teams/auto-assign`,
      { teamSize: 6 },
      organizer(),
    );
  });

  it('shows participants their teammates as name and nationality only; outsiders see nothing', async () => {
    const seen = await teams(people[0]!.token);
    expect(seen).toHaveLength(8);
    for (const member of seen.flatMap((team) => team.members))
      expect(Object.keys(member).sort()).toEqual(['fullName', 'nationality']);
    for (const token of [outsider.token, waitlisted.token]) {
      expect((await stack.client.get(`/api/v1/events/${eventId}/teams`, { token })).status).toBe(
        404,
      );
      expect((await stack.client.get(`/api/v1/events/${eventId}/missions`, { token })).status).toBe(
        404,
      );
      expect(
        (await stack.client.get(`/api/v1/events/${eventId}/leaderboard`, { token })).status,
      ).toBe(404);
    }
    expect(
      (await stack.client.get(`/api/v1/events/${eventId}/teams`, { token: centre.staff.token }))
        .body.items[0].members[0].registrationId,
    ).toEqual(expect.any(String));
  });

  it('changes teams by hand: only confirmed people, one team each', async () => {
    const person = people[47]!;
    const team = await teamOf(person);
    const other = (await teams()).find((candidate) => candidate.id !== team.id)!;
    const registrationId = registrationOf.get(person.id)!;
    expect(
      (
        await stack.client.post(
          `/api/v1/teams/${other.id}/members`,
          { registrationId },
          organizer(),
        )
      ).body.code,
    ).toBe('ALREADY_IN_TEAM');
    expect(
      (await stack.client.delete(`/api/v1/teams/${team.id}/members/${registrationId}`, organizer()))
        .status,
    ).toBe(204);
    expect(
      (await stack.client.post(`/api/v1/teams/${team.id}/members`, { registrationId }, organizer()))
        .status,
    ).toBe(201);
    const pending = (
      await stack.query<{ id: string }>(`SELECT id FROM registrations WHERE user_id = $1`, [
        waitlisted.id,
      ])
    )[0]!.id;
    const refused = await stack.client.post(
      `/api/v1/teams/${team.id}/members`,
      { registrationId: pending },
      organizer(),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('NOT_CONFIRMED');
    expect(
      (
        await stack.client.post(
          `/api/v1/teams/${team.id}/members`,
          { registrationId: pending },
          { token: centre.staff.token },
        )
      ).status,
    ).toBe(403);
  });

  it('takes submissions until dueAt, supersedes on resubmission, scores within bounds, and ranks ties 1, 1, 3', async () => {
    const far = (
      await stack.client.post(
        `/api/v1/events/${eventId}/missions`,
        { title: 'Plastic-free campus', dueAt: '2027-07-19T18:00:00+07:00', maxScore: 10 },
        organizer(),
      )
    ).body;
    expect(far).toMatchObject({
      dueAt: '2027-07-19T11:00:00.000Z',
      localDue: '2027-07-19T20:00:00+09:00',
      maxScore: 10,
    });
    const closed = (
      await stack.client.post(
        `/api/v1/events/${eventId}/missions`,
        { title: 'Yesterday', dueAt: new Date(Date.now() - 1).toISOString(), maxScore: 5 },
        organizer(),
      )
    ).body;
    const soon = (
      await stack.client.post(
        `/api/v1/events/${eventId}/missions`,
        { title: 'Quick poll', dueAt: new Date(Date.now() + 5000).toISOString(), maxScore: 5 },
        organizer(),
      )
    ).body;

    const [alpha, beta, gamma] = await teams();
    const memberOf = (team: TeamBody) =>
      people.find((person) => person.id === team.members[0]!.userId)!;
    const submit = (missionId: string, who: Account, content: string) =>
      stack.client.post(
        `/api/v1/missions/${missionId}/submissions`,
        { content },
        { token: who.token },
      );

    const early = await submit(soon.id, memberOf(alpha!), 'Yes');
    expect(early.status).toBe(201);
    const late = await submit(closed.id, memberOf(alpha!), 'Too late');
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('MISSION_CLOSED');
    // Wait until the due time has passed on any clock involved.
    await new Promise((wait) =>
      setTimeout(wait, Math.max(0, Date.parse(soon.dueAt) - Date.now()) + 300),
    );
    expect((await submit(soon.id, memberOf(beta!), 'After the bell')).body.code).toBe(
      'MISSION_CLOSED',
    );

    const first = (await submit(far.id, memberOf(alpha!), 'Draft')).body;
    const second = (
      await submit(
        far.id,
        people.find((person) => person.id === alpha!.members[1]!.userId)!,
        'Final',
      )
    ).body;
    expect(second.id).not.toBe(first.id);
    expect(second).toMatchObject({ superseded: false, teamId: alpha!.id });
    expect(
      (await stack.client.post(`/api/v1/submissions/${first.id}/score`, { score: 5 }, organizer()))
        .body.code,
    ).toBe('SUPERSEDED');
    expect(
      (
        await stack.client.post(
          `/api/v1/submissions/${second.id}/score`,
          { score: 11 },
          organizer(),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await stack.client.post(
          `/api/v1/submissions/${second.id}/score`,
          { score: -1 },
          organizer(),
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await stack.client.post(
          `/api/v1/submissions/${second.id}/score`,
          { score: 5 },
          { token: memberOf(alpha!).token },
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await stack.client.post(
          `/api/v1/submissions/${second.id}/score`,
          { score: 6 },
          { token: centre.staff.token },
        )
      ).body.score,
    ).toBe(6);
    // Rescoring replaces.
    expect(
      (
        await stack.client.post(
          `/api/v1/submissions/${second.id}/score`,
          { score: 10, feedback: 'Clear and bold' },
          organizer(),
        )
      ).body,
    ).toMatchObject({ score: 10, feedback: 'Clear and bold' });

    const betaWork = (await submit(far.id, memberOf(beta!), 'Ours')).body;
    await stack.client.post(`/api/v1/submissions/${betaWork.id}/score`, { score: 10 }, organizer());
    const gammaWork = (await submit(far.id, memberOf(gamma!), 'Ours too')).body;
    await stack.client.post(`/api/v1/submissions/${gammaWork.id}/score`, { score: 4 }, organizer());

    const board = (
      await stack.client.get(`/api/v1/events/${eventId}/leaderboard`, {
        token: memberOf(gamma!).token,
      })
    ).body;
    expect(board.nextCursor).toBeNull();
    expect(
      board.items.slice(0, 3).map((row: { rank: number; total: number }) => [row.rank, row.total]),
    ).toEqual([
      [1, 10],
      [1, 10],
      [3, 4],
    ]);
    const alphaRow = board.items.find((row: { teamId: string }) => row.teamId === alpha!.id);
    expect(alphaRow.missions).toEqual(
      expect.arrayContaining([
        { missionId: far.id, score: 10 },
        { missionId: soon.id, score: null },
        { missionId: closed.id, score: null },
      ]),
    );

    // Staff and organizers list a mission's submissions, current and superseded, newest first.
    const listed = await stack.client.get(`/api/v1/missions/${far.id}/submissions`, {
      token: centre.staff.token,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.nextCursor).toBeNull();
    const alphaRows = listed.body.items.filter(
      (row: { teamId: string }) => row.teamId === alpha!.id,
    );
    expect(alphaRows).toEqual([
      expect.objectContaining({
        id: second.id,
        teamName: alpha!.name,
        content: 'Final',
        superseded: false,
        score: 10,
        feedback: 'Clear and bold',
        submittedAt: second.createdAt,
      }),
      expect.objectContaining({ id: first.id, content: 'Draft', superseded: true, score: null }),
    ]);
    expect(listed.body.items).toHaveLength(4);
    expect(
      (
        await stack.client.get(`/api/v1/missions/${far.id}/submissions`, {
          token: memberOf(alpha!).token,
        })
      ).status,
    ).toBe(403);
    expect(
      (await stack.client.get(`/api/v1/missions/${far.id}/submissions`, { token: outsider.token }))
        .status,
    ).toBe(404);

    // Teams are locked once anyone has submitted.
    const locked = await stack.client.post(
      `/api/v1/events/${eventId}/teams/auto-assign`,
      { teamSize: 6 },
      organizer(),
    );
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('TEAMS_LOCKED');
    expect(
      (
        await stack.client.post(
          `/api/v1/events/${eventId}/teams/auto-assign?preview=true`,
          { teamSize: 6 },
          organizer(),
        )
      ).body.code,
    ).toBe('TEAMS_LOCKED');

    // Only members submit; staff and outsiders cannot.
    expect((await submit(far.id, { ...centre.staff }, 'Staff answer')).status).toBe(403);
    expect((await submit(far.id, outsider, 'Outsider answer')).status).toBe(404);

    // The participant's itinerary shows the team and which missions it has submitted.
    const mine = (
      await stack.client.get(`/api/v1/me/itinerary?eventId=${eventId}`, {
        token: memberOf(alpha!).token,
      })
    ).body;
    expect(mine.team).toMatchObject({ id: alpha!.id, name: alpha!.name });
    expect(Object.keys(mine.team.members[0]).sort()).toEqual(['fullName', 'nationality']);
    expect(
      mine.missions.map((mission: { title: string; submitted: boolean }) => [
        mission.title,
        mission.submitted,
      ]),
    ).toEqual([
      ['Yesterday', false],
      ['Quick poll', true],
      ['Plastic-free campus', true],
    ]);

    // Emails: staff hear of each submission, members of each score.
    await sink.waitFor(
      () =>
        sink.to(centre.staff.email).filter((mail) => mail.subject.includes('submitted')).length ===
        5,
    );
    await sink.waitFor(
      () =>
        sink.to(memberOf(alpha!).email).filter((mail) => mail.subject.startsWith('Scored:'))
          .length === 2,
    );
    expect(sink.to(memberOf(alpha!).email).map((mail) => mail.subject)).toEqual(
      expect.arrayContaining(['Scored: "Plastic-free campus" 10/10']),
    );
  });

  it('links a mission to a team-mission session and gives its due time in both zones', async () => {
    const session = (
      await stack.client.post(
        `/api/v1/events/${eventId}/sessions`,
        {
          title: 'Mission block in Hanoi',
          type: 'team_mission',
          startsAt: '2027-07-19T14:00:00+07:00',
          endsAt: '2027-07-19T18:00:00+07:00',
          timezone: 'Asia/Ho_Chi_Minh',
        },
        organizer(),
      )
    ).body;
    const mission = await stack.client.post(
      `/api/v1/events/${eventId}/missions`,
      {
        title: 'Hanoi pitch',
        dueAt: '2027-07-19T18:00:00+07:00',
        maxScore: 20,
        sessionId: session.id,
      },
      organizer(),
    );
    expect(mission.status).toBe(201);
    expect(mission.body).toMatchObject({
      sessionId: session.id,
      localDue: '2027-07-19T20:00:00+09:00',
      sessionLocalDue: '2027-07-19T18:00:00+07:00',
    });
    const lecture = (
      await stack.client.post(
        `/api/v1/events/${eventId}/sessions`,
        {
          title: 'A lecture',
          type: 'lecture',
          startsAt: '2027-07-19T09:00:00+07:00',
          endsAt: '2027-07-19T10:00:00+07:00',
          timezone: 'Asia/Ho_Chi_Minh',
        },
        organizer(),
      )
    ).body;
    const wrong = await stack.client.post(
      `/api/v1/events/${eventId}/missions`,
      { title: 'x', dueAt: '2027-07-19T18:00:00+07:00', maxScore: 5, sessionId: lecture.id },
      organizer(),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].field).toBe('sessionId');
    expect(
      (
        await stack.client.post(
          `/api/v1/events/${eventId}/missions`,
          { title: 'x', dueAt: '2027-07-19T18:00:00+07:00', maxScore: 5 },
          { token: centre.staff.token },
        )
      ).status,
    ).toBe(403);
  });

  it('someone whose registration is cancelled leaves their team', async () => {
    const person = people[10]!;
    expect(await teamOf(person)).toBeDefined();
    await stack.client.post(
      `/api/v1/registrations/${registrationOf.get(person.id)}/cancel`,
      undefined,
      { token: person.token },
    );
    // The registration's change asks the worker (through the outbox) to take them out.
    const deadline = Date.now() + 15_000;
    while ((await teamOf(person)) && Date.now() < deadline) await pause(100);
    expect(await teamOf(person)).toBeUndefined();
  });

  it('a cancelled event empties its teams, through one request for everyone', async () => {
    const placesLeft = async () =>
      Number(
        (
          await stack.query<{ count: string }>(
            'SELECT count(*) FROM team_members WHERE event_id = $1',
            [eventId],
          )
        )[0]!.count,
      );
    expect(await placesLeft()).toBeGreaterThan(40);
    const cancelled = await stack.client.post(
      `/api/v1/events/${eventId}/cancel`,
      undefined,
      organizer(),
    );
    expect(cancelled.status).toBe(200);
    const deadline = Date.now() + 15_000;
    while ((await placesLeft()) > 0 && Date.now() < deadline) await pause(100);
    expect(await placesLeft()).toBe(0);
    // One job took every place (not one job per person, queued ahead of the reminders' re-plan).
    const lines =
      stack.workers[0]!.output().match(/leave-teams \S+: (\d+) team places left/g) ?? [];
    expect(lines.some((line) => Number(/: (\d+) team/.exec(line)![1]) > 40)).toBe(true);
  });
});
