import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { showServerErrors } from '../api/form-errors';
import type { Me } from '../api/types';
import { useSession } from '../auth/useSession';
import { Loading, useErrorMessage } from '../common/QueryStates';
import { ownZone } from '../format/time';
import type { SignInNotice } from './SignInPage';
import {
  useChangePassword,
  useResendVerification,
  useSignOut,
  useSignOutEverywhere,
  useUpdateProfile,
} from './queries';
import { currentZoneName, zoneOptions } from './zones';

/** The languages the app is written in so far (the API accepts more, for later). */
const LANGUAGES = ['en'] as const;

/** The signed-in person's account: profile, email, password, sessions. */
export default function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.data) return <Loading />;
  return (
    <Stack gap="lg" maw={640}>
      <Title order={1}>{t('account.title')}</Title>
      <ProfileSection user={session.data} />
      <EmailSection user={session.data} />
      <PasswordSection />
      <SessionsSection />
    </Stack>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function ProfileSection({ user }: { user: Me }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const message = useErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const zones = useMemo(() => zoneOptions([user.timezone]), [user.timezone]);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      fullName: user.fullName,
      timezone: user.timezone ?? currentZoneName(ownZone()),
      locale: LANGUAGES.includes(user.locale as 'en') ? user.locale : 'en',
    },
    validate: { fullName: (value) => (value.trim() ? null : t('auth.required')) },
  });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    update.mutate(
      { fullName: values.fullName.trim(), timezone: values.timezone || null, locale: 'en' },
      {
        onSuccess: (saved) => form.resetDirty({ ...values, fullName: saved.fullName }),
        onError: (error) => {
          const unclaimed = showServerErrors(form, error);
          if (!isApiError(error) || error.details.length === 0 || unclaimed.length > 0)
            setProblem(unclaimed.join(' ') || message(error));
        },
      },
    );
  });

  return (
    <Section title={t('account.profile')} id="profile-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {update.isSuccess && !form.isDirty() && (
            <Alert color="teal" role="status">
              {t('account.saved')}
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
          <Select
            label={t('account.timezone')}
            description={t('account.timezoneHint')}
            placeholder={t('account.timezoneSearch')}
            nothingFoundMessage={t('account.timezoneNone')}
            data={zones}
            searchable
            limit={50}
            allowDeselect={false}
            key={form.key('timezone')}
            {...form.getInputProps('timezone')}
          />
          <Select
            label={t('account.language')}
            description={t('account.languageHint')}
            data={LANGUAGES.map((code) => ({ value: code, label: t(`account.languages.${code}`) }))}
            allowDeselect={false}
            key={form.key('locale')}
            {...form.getInputProps('locale')}
          />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('account.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function EmailSection({ user }: { user: Me }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  const message = useErrorMessage();
  const verified = Boolean(user.emailVerifiedAt);
  return (
    <Section title={t('account.emailTitle')} id="email-title">
      <Group gap="sm" wrap="wrap">
        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
          {user.email}
        </Text>
        <Badge color={verified ? 'teal.9' : 'yellow.4'}>
          {verified ? t('account.verified') : t('account.unverified')}
        </Badge>
      </Group>
      {!verified && (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('account.unverifiedBody')}</Text>
          {resend.isSuccess ? (
            <Text size="sm" role="status" c="teal.9">
              {t('account.resent')}
            </Text>
          ) : (
            <Button variant="light" onClick={() => resend.mutate()} loading={resend.isPending}>
              {t('account.resend')}
            </Button>
          )}
          {resend.isError && (
            <Text size="sm" c="red.8" role="alert">
              {message(resend.error)}
            </Text>
          )}
        </Stack>
      )}
    </Section>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const message = useErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('auth.required')),
      newPassword: (value) => (value.length >= 10 ? null : t('auth.passwordTooShort')),
    },
  });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    change.mutate(values, {
      onSuccess: () => form.reset(),
      onError: (error) => {
        if (isApiError(error, 'INVALID_CREDENTIALS')) {
          form.setFieldError('currentPassword', t('account.wrongCurrentPassword'));
          return;
        }
        const unclaimed = showServerErrors(form, error);
        if (!isApiError(error) || error.details.length === 0 || unclaimed.length > 0)
          setProblem(unclaimed.join(' ') || message(error));
      },
    });
  });

  return (
    <Section title={t('account.passwordTitle')} id="password-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {change.isSuccess && (
            <Alert color="teal" role="status">
              {t('account.passwordChanged')}
            </Alert>
          )}
          <PasswordInput
            label={t('account.currentPassword')}
            autoComplete="current-password"
            required
            key={form.key('currentPassword')}
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('account.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          <Group>
            <Button type="submit" variant="default" loading={change.isPending}>
              {t('account.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function SessionsSection() {
  const { t } = useTranslation();
  const signOut = useSignOut('/');
  const everywhere = useSignOutEverywhere(
    `/sign-in?notice=${'signedOutEverywhere' satisfies SignInNotice}`,
  );
  const message = useErrorMessage();
  const [confirming, { open, close }] = useDisclosure(false);
  const error = signOut.error ?? everywhere.error;
  return (
    <Section title={t('account.sessionsTitle')} id="sessions-title">
      <Text size="sm">{t('account.sessionsBody')}</Text>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {message(error)}
        </Text>
      )}
      <Group>
        <Button variant="default" loading={signOut.isPending} onClick={() => signOut.mutate()}>
          {t('account.signOut')}
        </Button>
        <Button variant="outline" color="red.8" onClick={open}>
          {t('account.signOutEverywhere')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={close} title={t('account.confirmEverywhereTitle')}>
        <Stack gap="md">
          <Text>{t('account.confirmEverywhereBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={everywhere.isPending}
              onClick={() => everywhere.mutate()}
            >
              {t('account.signOutEverywhere')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}
