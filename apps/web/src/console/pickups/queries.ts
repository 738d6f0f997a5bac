import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';
import type { Schemas } from '@/api/types';

export type Pickup = Schemas['PickupDto'];

/** Every airport pickup of the event with its manifest: the board shows them all, page after page. */
export function usePickups(eventId: string) {
  return useQuery({
    queryKey: ['pickups', eventId],
    queryFn: async () => {
      const items: Pickup[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(
          await api.GET('/api/v1/events/{id}/pickups', {
            params: { path: { id: eventId }, query: { limit: 500, cursor } },
          }),
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return { items };
    },
  });
}

/** Groups the arrivals at an airport (replacing its unlocked pickups). */
export function usePlanPickups(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['PlanPickupsDto']) =>
      unwrap(
        await api.POST('/api/v1/events/{id}/pickups/plan', {
          params: { path: { id: eventId } },
          body,
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['pickups', eventId] }),
  });
}

/** Changes one pickup: meeting time, staff, note, lock. */
export function useUpdatePickup(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: Schemas['UpdatePickupDto'] }) =>
      unwrap(await api.PATCH('/api/v1/pickups/{id}', { params: { path: { id } }, body })),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['pickups', eventId] }),
  });
}
