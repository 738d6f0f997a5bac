/** Someone to place in a team. */
export interface TeamCandidate {
  registrationId: string;
  nationality: string;
  gender: string | null;
}

/** Readable names, rivers of the region; past the list, numbered. */
export const TEAM_NAMES = [
  'Mekong',
  'Han',
  'Irrawaddy',
  'Chao Phraya',
  'Red River',
  'Mahakam',
  'Pasig',
  'Nakdong',
  'Kapuas',
  'Salween',
  'Tonle Sap',
  'Brunei River',
  'Rajang',
  'Cagayan',
  'Perfume River',
  'Geum',
];

export function teamName(index: number): string {
  return index < TEAM_NAMES.length ? `Team ${TEAM_NAMES[index]}` : `Team ${index + 1}`;
}

/**
 * Splits candidates into ceil(n / teamSize) teams whose sizes differ by at most one, spreading
 * nationalities first and genders second, the same way for the same input.
 *
 * Candidates are dealt round-robin over the teams in one stream, country after country (the
 * largest first). A country with no more members than there are teams lands on consecutive,
 * hence distinct, teams; a larger one repeats as evenly as the numbers allow; dealing one
 * stream keeps the sizes within one of each other. Which compatriot goes to which of the
 * country's teams is chosen for gender balance: each team gets the gender it has least of.
 */
export function assignTeams<T extends TeamCandidate>(candidates: T[], teamSize: number): T[][] {
  if (!Number.isInteger(teamSize) || teamSize < 1)
    throw new Error('teamSize must be a whole number of at least 1');
  if (candidates.length === 0) return [];
  const teamCount = Math.ceil(candidates.length / teamSize);
  const byCountry = new Map<string, T[]>();
  for (const candidate of [...candidates].sort((a, b) =>
    a.registrationId.localeCompare(b.registrationId),
  )) {
    byCountry.set(candidate.nationality, [
      ...(byCountry.get(candidate.nationality) ?? []),
      candidate,
    ]);
  }
  const countries = [...byCountry.entries()].sort(
    ([a, left], [b, right]) => right.length - left.length || a.localeCompare(b),
  );
  const teams: T[][] = Array.from({ length: teamCount }, () => []);
  let next = 0;
  for (const [, members] of countries) {
    const remaining = [...members];
    for (let placed = 0; placed < members.length; placed += 1) {
      const team = teams[(next + placed) % teamCount]!;
      // Of this country's members still to place, the one of the gender this team has least of.
      const pick = remaining.reduce((best, candidate) =>
        genderCount(team, candidate) < genderCount(team, best) ? candidate : best,
      );
      remaining.splice(remaining.indexOf(pick), 1);
      team.push(pick);
    }
    next = (next + members.length) % teamCount;
  }
  return teams;
}

function genderCount(team: TeamCandidate[], candidate: TeamCandidate): number {
  const gender = candidate.gender ?? 'undisclosed';
  return team.filter((member) => (member.gender ?? 'undisclosed') === gender).length;
}
