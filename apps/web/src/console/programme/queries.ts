import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';
import { type Schemas } from '@/api/types';

export type SessionBody = Schemas['CreateSessionDto'];
export type SessionPatch = Schemas['UpdateSessionDto'];

/** The programme by local date, with the contract's warnings (cancelled sessions omitted). */
export function useProgrammeItinerary(eventId: string) {
  return useQuery({
    queryKey: ['console-itinerary', eventId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/events/{id}/itinerary', { params: { path: { id: eventId } } })),
  });
}

/** Every session of the event, cancelled ones included. */
export function useProgrammeSessions(eventId: string) {
  return useQuery({
    queryKey: ['console-sessions', eventId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/events/{id}/sessions', { params: { path: { id: eventId } } })),
  });
}

function useInvalidateProgramme(eventId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['console-itinerary', eventId] }),
      client.invalidateQueries({ queryKey: ['console-sessions', eventId] }),
      client.invalidateQueries({ queryKey: ['event', eventId] }),
    ]);
}

export function useCreateSession(eventId: string) {
  const invalidate = useInvalidateProgramme(eventId);
  return useMutation({
    mutationFn: async (body: SessionBody) =>
      unwrap(
        await api.POST('/api/v1/events/{id}/sessions', {
          params: { path: { id: eventId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useUpdateSession(eventId: string) {
  const invalidate = useInvalidateProgramme(eventId);
  return useMutation({
    mutationFn: async ({ id, body }: { id: string; body: SessionPatch }) =>
      unwrap(await api.PATCH('/api/v1/sessions/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
  });
}

export function useCancelSession(eventId: string) {
  const invalidate = useInvalidateProgramme(eventId);
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.DELETE('/api/v1/sessions/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}
