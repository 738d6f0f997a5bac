import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { SESSION_KEY, useForgetSession, useLeaveTo, useRememberSession } from '../auth/useSession';

/** One hook per call of the account routes; each keeps the session on this page up to date. */

export interface Credentials {
  email: string;
  password: string;
}

/** Signs this browser in (POST /auth/session sets the HttpOnly cookie). */
export function useSignIn() {
  const client = useQueryClient();
  const remember = useRememberSession();
  return useMutation({
    mutationFn: async (body: Credentials) =>
      unwrap(await api.POST('/api/v1/auth/session', { body })).user,
    onSuccess: (user) => {
      // Whatever a signed-out visitor loaded (events without their drafts...) is read again.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      remember(user);
    },
  });
}

/** Creates an account (the API sends the welcome email with the verification link). */
export function useSignUp() {
  return useMutation({
    mutationFn: async (body: Credentials & { fullName: string }) =>
      unwrap(await api.POST('/api/v1/auth/signup', { body })).user,
  });
}

/**
 * Signs this browser out (its session ends on the server too), then loads `destination` afresh:
 * nothing of the person stays in this page's memory or in the offline copy on the device.
 */
export function useSignOut(destination: string) {
  const leave = useLeaveTo();
  return useMutation({
    mutationFn: async () => {
      const result = await api.DELETE('/api/v1/auth/session');
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () => leave(destination),
  });
}

/** Ends every session and token of the person, this browser's included; then as useSignOut. */
export function useSignOutEverywhere(destination: string) {
  const leave = useLeaveTo();
  return useMutation({
    mutationFn: async () => {
      const result = await api.DELETE('/api/v1/auth/sessions');
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () => leave(destination),
  });
}

/** Verifies the email address with the token of the emailed link. */
export function useVerifyEmail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) =>
      unwrap(await api.POST('/api/v1/auth/verify-email', { body: { token } })).user,
    onSuccess: () => client.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}

/** Asks for a new verification link (at most one email a minute is sent). */
export function useResendVerification() {
  return useMutation({
    mutationFn: async () => {
      const result = await api.POST('/api/v1/auth/verify-email/resend');
      if (!result.response.ok) unwrap(result);
    },
  });
}

/** Asks for a password reset link; the answer is the same whether the account exists or not. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: async (email: string) => {
      const result = await api.POST('/api/v1/auth/password-reset', { body: { email } });
      if (!result.response.ok) unwrap(result);
    },
  });
}

/** Sets a new password with the token of the emailed link; every session ends. */
export function useConfirmPasswordReset() {
  const forget = useForgetSession();
  return useMutation({
    mutationFn: async (body: { token: string; password: string }) => {
      const result = await api.POST('/api/v1/auth/password-reset/confirm', { body });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: forget,
  });
}

/** Changes the password; the API answers with a fresh cookie, so this browser stays signed in. */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) =>
      unwrap(await api.POST('/api/v1/me/password', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSION_KEY }),
  });
}

/** Changes the profile: name, time zone, language. */
export function useUpdateProfile() {
  const remember = useRememberSession();
  return useMutation({
    mutationFn: async (body: { fullName?: string; timezone?: string | null; locale?: 'en' }) =>
      unwrap(await api.PATCH('/api/v1/me', { body })),
    onSuccess: remember,
  });
}
