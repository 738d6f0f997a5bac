import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';

export type MemberRole = 'organizer' | 'staff';

/** One organization: its name. */
export function useOrganization(id: string) {
  return useQuery({
    queryKey: ['console-organization', id],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  });
}

/** The organization's members with their names, emails and roles. */
export function useMembers(id: string) {
  return useQuery({
    queryKey: ['console-members', id],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/organizations/{id}/members', {
          params: { path: { id }, query: { limit: 100 } },
        }),
      ),
  });
}

/** Adds a member by email, or changes the role of one already there. */
export function useSetMember(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; role: MemberRole }) =>
      unwrap(
        await api.POST('/api/v1/organizations/{id}/members', { params: { path: { id } }, body }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['console-members', id] }),
  });
}

/** Removes a member (the last organizer cannot be removed: 409 LAST_ORGANIZER). */
export function useRemoveMember(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => {
      const result = await api.DELETE('/api/v1/organizations/{id}/members/{userId}', {
        params: { path: { id, userId } },
      });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['console-members', id] }),
  });
}
