import type { EntityManager } from 'typeorm';

/**
 * Takes registrations out of every room they hold, in the transaction of the change that ended
 * their confirmation (the rooming list must not name someone who is not coming, not even for
 * the seconds a worker job would take). The registration row is locked by that change, and an
 * assignment reads registrations `FOR SHARE`, so the two cannot cross.
 */
export async function leaveRooms(manager: EntityManager, registrationIds: string[]): Promise<void> {
  if (!registrationIds.length) return;
  await manager.query('DELETE FROM room_occupants WHERE registration_id = ANY($1::uuid[])', [
    registrationIds,
  ]);
}
