import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../common/QueryStates';
import { AuthCard, EMAIL_PATTERN } from './AuthCard';
import { useRequestPasswordReset } from './queries';

/**
 * Asks for a reset link. The page says the same whether an account exists or not (the API
 * answers the same too), so it tells no one which addresses have accounts.
 */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const message = useErrorMessage();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: {
      email: (value) => (EMAIL_PATTERN.test(value.trim()) ? null : t('auth.emailInvalid')),
    },
  });

  const submit = form.onSubmit((values) => {
    const email = values.email.trim();
    request.mutate(email, {
      onSettled: (_data, error) => {
        // Only a failure to reach the API is worth saying; every answer reads the same.
        if (!(error instanceof TypeError)) setSentTo(email);
      },
    });
  });

  if (sentTo)
    return (
      <AuthCard title={t('auth.forgot.sentTitle')}>
        <Stack gap="md" align="flex-start">
          <Text role="status">{t('auth.forgot.sentBody', { email: sentTo })}</Text>
          <Anchor component={Link} to="/sign-in">
            {t('auth.forgot.back')}
          </Anchor>
        </Stack>
      </AuthCard>
    );

  return (
    <AuthCard title={t('auth.forgot.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('auth.forgot.intro')}</Text>
          {request.error instanceof TypeError && (
            <Alert color="red" role="alert">
              {message(request.error)}
            </Alert>
          )}
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <Button type="submit" loading={request.isPending} fullWidth>
            {t('auth.forgot.submit')}
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('auth.forgot.back')}
          </Anchor>
        </Stack>
      </form>
    </AuthCard>
  );
}
