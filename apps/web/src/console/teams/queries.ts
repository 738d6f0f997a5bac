import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';
import { type Schemas } from '@/api/types';

export type Team = Schemas['TeamDto'];
export type Mission = Schemas['MissionDto'];
export type MissionSubmission = Schemas['MissionSubmissionDto'];

/** The event's teams with their members. */
export function useConsoleTeams(eventId: string) {
  return useQuery({
    queryKey: ['console-teams', eventId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/events/{id}/teams', { params: { path: { id: eventId } } })),
  });
}

export function useConsoleMissions(eventId: string) {
  return useQuery({
    queryKey: ['console-missions', eventId],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/events/{id}/missions', { params: { path: { id: eventId } } })),
  });
}

/** A mission's submissions, current and superseded (staff and organizers). */
export function useMissionSubmissions(missionId: string) {
  return useQuery({
    queryKey: ['console-submissions', missionId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/missions/{id}/submissions', {
          params: { path: { id: missionId } },
        }),
      ),
  });
}

export function useConsoleLeaderboard(eventId: string) {
  return useQuery({
    queryKey: ['console-leaderboard', eventId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/events/{id}/leaderboard', { params: { path: { id: eventId } } }),
      ),
  });
}

/** The teams auto-assign would make, nothing saved. */
export function usePreviewTeams(eventId: string) {
  return useMutation({
    mutationFn: async (teamSize: number) =>
      unwrap(
        await api.POST('/api/v1/events/{id}/teams/auto-assign', {
          params: { path: { id: eventId }, query: { preview: true } },
          body: { teamSize },
        }),
      ),
  });
}

export function useAutoAssign(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (teamSize: number) =>
      unwrap(
        await api.POST('/api/v1/events/{id}/teams/auto-assign', {
          params: { path: { id: eventId } },
          body: { teamSize },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['console-teams', eventId] }),
        client.invalidateQueries({ queryKey: ['console-leaderboard', eventId] }),
      ]),
  });
}

/** Moves a member: out of one team, into another. */
export function useMoveMember(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (move: { registrationId: string; fromTeamId: string; toTeamId: string }) => {
      unwrap(
        await api.DELETE('/api/v1/teams/{id}/members/{registrationId}', {
          params: { path: { id: move.fromTeamId, registrationId: move.registrationId } },
        }),
      );
      return unwrap(
        await api.POST('/api/v1/teams/{id}/members', {
          params: { path: { id: move.toTeamId } },
          body: { registrationId: move.registrationId },
        }),
      );
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['console-teams', eventId] }),
  });
}

export function useCreateMission(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CreateMissionDto']) =>
      unwrap(
        await api.POST('/api/v1/events/{id}/missions', { params: { path: { id: eventId } }, body }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['console-missions', eventId] }),
        client.invalidateQueries({ queryKey: ['console-leaderboard', eventId] }),
      ]),
  });
}

export function useScoreSubmission(eventId: string, missionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      id,
      score,
      feedback,
    }: {
      id: string;
      score: number;
      feedback: string | null;
    }) =>
      unwrap(
        await api.POST('/api/v1/submissions/{id}/score', {
          params: { path: { id } },
          body: { score, feedback },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['console-submissions', missionId] }),
        client.invalidateQueries({ queryKey: ['console-leaderboard', eventId] }),
      ]),
  });
}
