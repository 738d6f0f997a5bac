import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';

/** What the public verification says about a letter reference (404: nobody was given it). */
export function useLetterVerification(reference: string) {
  return useQuery({
    queryKey: ['letter-verification', reference],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/letters/{reference}', { params: { path: { reference } } })),
  });
}

/** A registration's current invitation letters (one per destination country). */
export function useInvitationLetters(registrationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['registration', registrationId, 'invitation-letters'],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/registrations/{id}/invitation-letters', {
          params: { path: { id: registrationId } },
        }),
      ),
  });
}
