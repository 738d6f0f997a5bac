import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/errors';
import { showServerErrors } from '../api/form-errors';
import { safeNext } from '../auth/next';
import { useSession } from '../auth/useSession';
import { useErrorMessage } from '../common/QueryStates';
import { AuthCard, EMAIL_PATTERN } from './AuthCard';
import { useSignIn } from './queries';

/** What another page asks the sign-in page to say (after a reset, after signing out). */
const NOTICES = ['passwordReset', 'signedOutEverywhere'] as const;
export type SignInNotice = (typeof NOTICES)[number];

export default function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const signIn = useSignIn();
  const session = useSession();
  const next = safeNext(params.get('next'));
  const notice = [
    (location.state as { notice?: string } | null)?.notice,
    params.get('notice'),
  ].find((each): each is SignInNotice => NOTICES.includes(each as SignInNotice));

  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (EMAIL_PATTERN.test(value.trim()) ? null : t('auth.emailInvalid')),
      password: (value) => (value ? null : t('auth.required')),
    },
  });

  const submit = form.onSubmit((values) =>
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: () => void navigate(next, { replace: true }),
        onError: (error) => {
          showServerErrors(form, error);
          if (isApiError(error, 'INVALID_CREDENTIALS')) form.setFieldValue('password', '');
        },
      },
    ),
  );

  // Someone signed in already goes where they were heading.
  if (session.data && signIn.isIdle) return <Navigate to={next} replace />;

  const signUpLink = next === '/' ? '/sign-up' : `/sign-up?next=${encodeURIComponent(next)}`;

  return (
    <AuthCard title={t('auth.signIn.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {notice && !signIn.isError && (
            <Alert color="teal" role="status">
              {t(`auth.signIn.${notice}`)}
            </Alert>
          )}
          {signIn.isError && (
            <Alert color="red" role="alert">
              {message(signIn.error)}
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
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={signIn.isPending} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.signIn.forgot')}
          </Anchor>
          <Text size="sm">
            {t('auth.signIn.noAccount')}{' '}
            <Anchor component={Link} to={signUpLink}>
              {t('auth.signIn.signUp')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
