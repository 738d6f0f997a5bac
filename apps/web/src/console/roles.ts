import type { Me } from '../api/types';

/** What the console shows a person for one organization: the API still checks everything. */
export type ConsoleRole = 'organizer' | 'staff' | null;

/** Admins act as organizers everywhere; members as their role; anyone else sees no console. */
export function consoleRole(
  user: Me | null | undefined,
  organizationId: string | undefined,
): ConsoleRole {
  if (!user) return null;
  if (user.isAdmin) return 'organizer';
  const membership = user.memberships.find((item) => item.organizationId === organizationId);
  return membership?.role ?? null;
}

/** Whether the person has any console at all (an admin, or a member of some organization). */
export function hasConsole(user: Me | null | undefined): boolean {
  return Boolean(user && (user.isAdmin || user.memberships.length > 0));
}
