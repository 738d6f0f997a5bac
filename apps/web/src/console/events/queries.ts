import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';
import type { Schemas } from '@/api/types';

export type CreateEventBody = Schemas['CreateEventDto'];
export type UpdateEventBody = Schemas['UpdateEventDto'];

/** The event's figures for its dashboard (organizers and event staff). */
export function useEventStats(id: string, enabled = true) {
  return useQuery({
    queryKey: ['event-stats', id],
    enabled: enabled && Boolean(id),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/events/{id}/stats', { params: { path: { id } } })),
  });
}

function useInvalidateEvent() {
  const client = useQueryClient();
  return (id: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['event', id] }),
      client.invalidateQueries({ queryKey: ['event-stats', id] }),
      client.invalidateQueries({ queryKey: ['console-events'] }),
      client.invalidateQueries({ queryKey: ['events'] }),
    ]);
}

/** Creates a draft event. */
export function useCreateEvent() {
  const invalidate = useInvalidateEvent();
  return useMutation({
    mutationFn: async (body: CreateEventBody) => unwrap(await api.POST('/api/v1/events', { body })),
    onSuccess: (event) => invalidate(event.id),
  });
}

/** Changes an event's fields (a raised capacity or quota promotes from the waiting list). */
export function useUpdateEvent(id: string) {
  const invalidate = useInvalidateEvent();
  return useMutation({
    mutationFn: async (body: UpdateEventBody) =>
      unwrap(await api.PATCH('/api/v1/events/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidate(id),
  });
}

/** Publishes a draft: registration opens. */
export function usePublishEvent(id: string) {
  const invalidate = useInvalidateEvent();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/events/{id}/publish', { params: { path: { id } } })),
    onSuccess: () => invalidate(id),
  });
}

/** Cancels the event and every active registration (no promotion; cannot be undone). */
export function useCancelEvent(id: string) {
  const invalidate = useInvalidateEvent();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/events/{id}/cancel', { params: { path: { id } } })),
    onSuccess: () => invalidate(id),
  });
}
