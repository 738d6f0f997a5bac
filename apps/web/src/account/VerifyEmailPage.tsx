import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { isApiError } from '../api/errors';
import { signInPath } from '../auth/RequireAuth';
import { useSession } from '../auth/useSession';
import { LoadError, Loading, useErrorMessage } from '../common/QueryStates';
import { AuthCard } from './AuthCard';
import { useResendVerification, useVerifyEmail } from './queries';

/** Opened from the emailed link: verifies the address once, on arrival. */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useVerifyEmail();
  const started = useRef(false);

  useEffect(() => {
    // Once per visit, even when React runs effects twice in development.
    if (started.current || !token) return;
    started.current = true;
    verify.mutate(token);
  }, [token, verify]);

  const invalid = !token || isApiError(verify.error, 'TOKEN_INVALID');
  return (
    <AuthCard title={t('auth.verify.title')}>
      {invalid ? (
        <InvalidLink />
      ) : verify.isSuccess ? (
        <Stack gap="md" align="flex-start">
          <Alert color="teal" role="status" title={t('auth.verify.doneTitle')} w="100%">
            {t('auth.verify.doneBody')}
          </Alert>
          <Button component={Link} to="/">
            {t('auth.verify.toEvents')}
          </Button>
        </Stack>
      ) : verify.isError ? (
        <LoadError error={verify.error} onRetry={() => verify.mutate(token)} />
      ) : (
        <Loading label={t('auth.verify.working')} />
      )}
    </AuthCard>
  );
}

function InvalidLink() {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const resend = useResendVerification();
  const message = useErrorMessage();
  const user = session.data;
  return (
    <Stack gap="md" align="flex-start">
      <Alert color="orange" role="alert" title={t('auth.verify.invalidTitle')} w="100%">
        {t('auth.verify.invalidBody')}
      </Alert>
      {resend.isSuccess && user ? (
        <Text role="status">{t('auth.verify.sent', { email: user.email })}</Text>
      ) : user && !user.emailVerifiedAt ? (
        <>
          {resend.isError && (
            <Text c="red.8" role="alert">
              {message(resend.error)}
            </Text>
          )}
          <Button onClick={() => resend.mutate()} loading={resend.isPending}>
            {t('auth.verify.askNew')}
          </Button>
        </>
      ) : user ? (
        <Button component={Link} to="/account" variant="light">
          {t('app.nav.account')}
        </Button>
      ) : session.isPending ? null : (
        <Button component={Link} to={signInPath(location.pathname + location.search)}>
          {t('auth.verify.signInForNew')}
        </Button>
      )}
    </Stack>
  );
}
