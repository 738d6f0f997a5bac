import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/errors';

/** The organizations the caller may see: every one for an admin, else their own. */
export function useOrganizations() {
  return useQuery({
    queryKey: ['console-organizations'],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/organizations', { params: { query: { limit: 100 } } })),
  });
}

/** One organization's events, drafts included for its organizers and staff. */
export function useOrganizationEvents(organizationId: string) {
  return useQuery({
    queryKey: ['console-events', organizationId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/events', {
          params: { query: { organizationId, limit: 100 } },
        }),
      ),
  });
}

/** Creates an organization (admins only). */
export function useCreateOrganization() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) =>
      unwrap(await api.POST('/api/v1/organizations', { body: { name } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['console-organizations'] }),
  });
}

/** Sets the queue dashboard's cookie for this browser (admins only). */
export function useOpenQueueDashboard() {
  return useMutation({
    mutationFn: async () => {
      const result = await api.POST('/api/v1/admin/queues/session');
      if (!result.response.ok) unwrap(result);
    },
  });
}
