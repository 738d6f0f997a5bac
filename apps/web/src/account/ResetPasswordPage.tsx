import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/errors';
import { showServerErrors } from '../api/form-errors';
import { useErrorMessage } from '../common/QueryStates';
import { AuthCard } from './AuthCard';
import { useConfirmPasswordReset } from './queries';
import type { SignInNotice } from './SignInPage';

/** Opened from the emailed link: a new password, typed twice. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const message = useErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (value) => (value.length >= 10 ? null : t('auth.passwordTooShort')),
      repeat: (value, values) => (value === values.password ? null : t('auth.reset.mismatch')),
    },
  });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    confirm.mutate(
      { token, password: values.password },
      {
        onSuccess: () =>
          void navigate('/sign-in', {
            replace: true,
            state: { notice: 'passwordReset' satisfies SignInNotice },
          }),
        onError: (error) => {
          if (isApiError(error, 'TOKEN_INVALID')) return;
          const unclaimed = showServerErrors(form, error);
          if (!isApiError(error) || error.details.length === 0 || unclaimed.length > 0)
            setProblem(unclaimed.join(' ') || message(error));
        },
      },
    );
  });

  if (!token || isApiError(confirm.error, 'TOKEN_INVALID'))
    return (
      <AuthCard title={t('auth.reset.title')}>
        <Stack gap="md" align="flex-start">
          <Alert color="orange" role="alert" title={t('auth.reset.invalidTitle')} w="100%">
            {t('auth.reset.invalidBody')}
          </Alert>
          <Button component={Link} to="/forgot-password">
            {t('auth.reset.askAgain')}
          </Button>
        </Stack>
      </AuthCard>
    );

  return (
    <AuthCard title={t('auth.reset.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <PasswordInput
            label={t('auth.reset.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('auth.reset.repeat')}
            autoComplete="new-password"
            required
            key={form.key('repeat')}
            {...form.getInputProps('repeat')}
          />
          <Text size="sm" c="dimmed">
            {t('auth.reset.signedOutNote')}
          </Text>
          <Button type="submit" loading={confirm.isPending} fullWidth>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
