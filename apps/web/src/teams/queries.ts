import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

/** The event's missions. */
export function useMissions(eventId: string) {
  return useQuery({
    queryKey: ['missions', eventId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/events/{id}/missions', { params: { path: { id: eventId } } })),
  });
}

/** The event's leaderboard (ties share a rank). */
export function useLeaderboard(eventId: string) {
  return useQuery({
    queryKey: ['leaderboard', eventId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/events/{id}/leaderboard', { params: { path: { id: eventId } } }),
      ),
  });
}

/** Submits (or resubmits) the team's work for a mission. */
export function useSubmitMission(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      missionId,
      content,
      url,
    }: {
      missionId: string;
      content: string;
      url?: string;
    }) =>
      unwrap(
        await api.POST('/api/v1/missions/{id}/submissions', {
          params: { path: { id: missionId } },
          body: { content, url: url || undefined },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['my-itinerary', eventId] });
      void client.invalidateQueries({ queryKey: ['leaderboard', eventId] });
    },
  });
}
