/** An arrival to group: who, and when their flight lands. */
export interface Arrival {
  registrationId: string;
  arrivesAt: Date;
}

export interface GroupingParameters {
  windowMinutes: number;
  bufferMinutes: number;
  /** Null: no limit. */
  maxGroupSize: number | null;
}

export const DEFAULT_WINDOW_MINUTES = 90;
export const DEFAULT_BUFFER_MINUTES = 45;

/** A group staff meet together: its arrivals in order, and when it meets. */
export interface PlannedGroup {
  arrivals: Arrival[];
  meetAt: Date;
}

const MINUTE = 60_000;

/**
 * The contract's grouping rule: arrivals sorted by time (ties by registration id); a group
 * starts at its earliest arrival and takes each next arrival while that arrival is within
 * `windowMinutes` of the group's first (an arrival exactly `windowMinutes` after it is
 * included) and the group is below `maxGroupSize`; it meets `bufferMinutes` after its latest
 * arrival. So nobody waits longer than window + buffer after landing.
 */
export function groupArrivals(arrivals: Arrival[], parameters: GroupingParameters): PlannedGroup[] {
  const sorted = [...arrivals].sort(
    (a, b) =>
      a.arrivesAt.getTime() - b.arrivesAt.getTime() ||
      (a.registrationId < b.registrationId ? -1 : a.registrationId > b.registrationId ? 1 : 0),
  );
  const window = parameters.windowMinutes * MINUTE;
  const groups: Arrival[][] = [];
  let current: Arrival[] = [];
  for (const arrival of sorted) {
    const first = current[0];
    const fits =
      first !== undefined &&
      arrival.arrivesAt.getTime() - first.arrivesAt.getTime() <= window &&
      (parameters.maxGroupSize === null || current.length < parameters.maxGroupSize);
    if (!fits) {
      if (current.length) groups.push(current);
      current = [];
    }
    current.push(arrival);
  }
  if (current.length) groups.push(current);
  return groups.map((group) => ({
    arrivals: group,
    meetAt: new Date(
      group[group.length - 1]!.arrivesAt.getTime() + parameters.bufferMinutes * MINUTE,
    ),
  }));
}

/** A pickup as it was before a re-plan: its id and its participants. */
export interface PreviousPickup {
  id: string;
  registrationIds: string[];
}

/**
 * Which previous pickup each new group continues: a group keeps a pickup's id (and with it its
 * staff and note) when it holds at least half of that pickup's participants. Each pickup goes
 * to at most one group and each group takes at most one pickup, the largest overlaps first
 * (ties: earlier group, then pickup id), so the answer does not depend on the input order.
 * Returns, per group index, the id it keeps (or null for a new pickup).
 */
export function continuedPickups(
  groups: PlannedGroup[],
  previous: PreviousPickup[],
): (string | null)[] {
  const groupOf = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const arrival of group.arrivals) groupOf.set(arrival.registrationId, index);
  });
  const candidates: { pickupId: string; group: number; overlap: number }[] = [];
  for (const pickup of previous) {
    const counts = new Map<number, number>();
    for (const id of pickup.registrationIds) {
      const group = groupOf.get(id);
      if (group !== undefined) counts.set(group, (counts.get(group) ?? 0) + 1);
    }
    for (const [group, overlap] of counts)
      if (pickup.registrationIds.length > 0 && overlap * 2 >= pickup.registrationIds.length)
        candidates.push({ pickupId: pickup.id, group, overlap });
  }
  candidates.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      a.group - b.group ||
      (a.pickupId < b.pickupId ? -1 : a.pickupId > b.pickupId ? 1 : 0),
  );
  const kept: (string | null)[] = groups.map(() => null);
  const used = new Set<string>();
  for (const candidate of candidates) {
    if (kept[candidate.group] !== null || used.has(candidate.pickupId)) continue;
    kept[candidate.group] = candidate.pickupId;
    used.add(candidate.pickupId);
  }
  return kept;
}
