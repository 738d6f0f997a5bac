import fc from 'fast-check';
import { assignTeams, teamName, type TeamCandidate } from './team-assignment.js';

const COUNTRIES = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'KR'];
const GENDERS = ['female', 'male', 'other', null];

const candidates = fc
  .array(
    fc.record({
      nationality: fc.constantFrom(...COUNTRIES, 'JP', 'FR'),
      gender: fc.constantFrom(...GENDERS),
    }),
    { minLength: 1, maxLength: 120 },
  )
  .map((rows) =>
    rows.map((row, index) => ({ ...row, registrationId: `r${String(index).padStart(4, '0')}` })),
  );

const countOf = (team: TeamCandidate[], country: string) =>
  team.filter((member) => member.nationality === country).length;

describe('team assignment', () => {
  it('makes ceil(n / teamSize) teams whose sizes differ by at most one, with everyone exactly once', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 12 }), (people, teamSize) => {
        const teams = assignTeams(people, teamSize);
        expect(teams).toHaveLength(Math.ceil(people.length / teamSize));
        const sizes = teams.map((team) => team.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        const placed = teams
          .flat()
          .map((member) => member.registrationId)
          .sort();
        expect(placed).toEqual(people.map((person) => person.registrationId).sort());
      }),
    );
  });

  it('gives the same teams for the same input, in any order', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 12 }), (people, teamSize) => {
        const once = assignTeams(people, teamSize).map((team) =>
          team.map((member) => member.registrationId),
        );
        const shuffled = [...people].reverse();
        expect(
          assignTeams(shuffled, teamSize).map((team) =>
            team.map((member) => member.registrationId),
          ),
        ).toEqual(once);
      }),
    );
  });

  it('puts no two people of one country in a team while avoidable, and spreads repeats evenly otherwise', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 12 }), (people, teamSize) => {
        const teams = assignTeams(people, teamSize);
        for (const country of new Set(people.map((person) => person.nationality))) {
          const total = people.filter((person) => person.nationality === country).length;
          const perTeam = teams.map((team) => countOf(team, country));
          // The fewest repeats possible: no team holds more than ceil(total / teams).
          expect(Math.max(...perTeam)).toBeLessThanOrEqual(Math.ceil(total / teams.length));
        }
      }),
    );
  });

  it('splits 48 participants from 11 countries (none above 8) into 8 teams of 6 with no two compatriots together', () => {
    const counts = { BN: 4, KH: 4, ID: 4, LA: 4, MY: 4, MM: 4, PH: 4, SG: 4, TH: 4, VN: 4, KR: 8 };
    const people = Object.entries(counts).flatMap(([nationality, count]) =>
      Array.from({ length: count }, (_, index) => ({
        registrationId: `${nationality}-${index}`,
        nationality,
        gender: index % 2 ? 'male' : 'female',
      })),
    );
    const teams = assignTeams(people, 6);
    expect(teams).toHaveLength(8);
    for (const team of teams) {
      expect(team).toHaveLength(6);
      expect(new Set(team.map((member) => member.nationality)).size).toBe(6);
      const women = team.filter((member) => member.gender === 'female').length;
      expect(women).toBeGreaterThanOrEqual(2);
      expect(women).toBeLessThanOrEqual(4);
    }
  });

  it('names teams readably', () => {
    expect(teamName(0)).toBe('Team Mekong');
    expect(teamName(20)).toBe('Team 21');
  });
});
