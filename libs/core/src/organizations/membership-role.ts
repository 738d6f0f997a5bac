export const MEMBERSHIP_ROLES = ['organizer', 'staff'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
