import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../api/errors';
import { showServerErrors } from '../api/form-errors';
import type { Me } from '../api/types';
import { safeNext } from '../auth/next';
import { useErrorMessage } from '../common/QueryStates';
import { AuthCard, EMAIL_PATTERN } from './AuthCard';
import { useSignIn, useSignUp } from './queries';

export default function SignUpPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const message = useErrorMessage();
  const signUp = useSignUp();
  const signIn = useSignIn();
  const next = safeNext(params.get('next'));
  const [done, setDone] = useState<Me | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { fullName: '', email: '', password: '' },
    validate: {
      fullName: (value) => (value.trim() ? null : t('auth.required')),
      email: (value) => (EMAIL_PATTERN.test(value.trim()) ? null : t('auth.emailInvalid')),
      password: (value) => (value.length >= 10 ? null : t('auth.passwordTooShort')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const credentials = { email: values.email.trim(), password: values.password };
    try {
      await signUp.mutateAsync({ ...credentials, fullName: values.fullName.trim() });
    } catch (error) {
      if (isApiError(error, 'EMAIL_TAKEN')) form.setFieldError('email', message(error));
      else {
        const unclaimed = showServerErrors(form, error);
        if (!isApiError(error) || error.details.length === 0 || unclaimed.length > 0)
          setProblem(unclaimed.join(' ') || message(error));
      }
      return;
    }
    try {
      // The account exists: open this browser's session with the same credentials.
      setDone(await signIn.mutateAsync(credentials));
    } catch (error) {
      setProblem(message(error));
    }
  });

  if (done)
    return (
      <AuthCard title={t('auth.signUp.doneTitle', { name: done.fullName })}>
        <Stack gap="md" align="flex-start">
          <Text>{t('auth.signUp.doneBody', { email: done.email })}</Text>
          <Button component={Link} to={next}>
            {t('auth.signUp.continue')}
          </Button>
        </Stack>
      </AuthCard>
    );

  const signInLink = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;

  return (
    <AuthCard title={t('auth.signUp.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <TextInput
            label={t('auth.fullName')}
            description={t('auth.fullNameHint')}
            autoComplete="name"
            required
            key={form.key('fullName')}
            {...form.getInputProps('fullName')}
          />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="email"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={signUp.isPending || signIn.isPending} fullWidth>
            {t('auth.signUp.submit')}
          </Button>
          <Text size="sm">
            {t('auth.signUp.haveAccount')}{' '}
            <Anchor component={Link} to={signInLink}>
              {t('auth.signUp.signIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
