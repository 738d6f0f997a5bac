import {
  Alert,
  Anchor,
  AppShell,
  Burger,
  Button,
  Container,
  Divider,
  Paper,
  Group,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Link as RouterLink, useLocation } from 'react-router';
import { useResendVerification, useSignOut } from '../account/queries';
import type { Me } from '../api/types';
import { hasConsole } from '../console/roles';
import { useSession } from '../auth/useSession';
import { Loading, useErrorMessage } from '../common/QueryStates';
import classes from './Layout.module.css';

/** The frame of every page: a header with the main links, then the page. */
export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const session = useSession();
  const user = session.data ?? null;
  const signOut = useSignOut('/');
  const leave = () => {
    close();
    signOut.mutate();
  };

  const links = [
    { to: '/', label: t('app.nav.events'), end: true },
    ...(user
      ? [
          { to: '/me/registrations', label: t('app.nav.myRegistrations'), end: false },
          ...(hasConsole(user)
            ? [{ to: '/console', label: t('app.nav.console'), end: false }]
            : []),
          { to: '/account', label: t('app.nav.account'), end: false },
        ]
      : []),
  ];
  const navigation = links.map((link) => (
    <NavLink key={link.to} to={link.to} end={link.end} className={classes.link} onClick={close}>
      {link.label}
    </NavLink>
  ));

  return (
    <AppShell header={{ height: 56 }} padding={0}>
      <a href="#main" className={classes.skip}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Anchor component={RouterLink} to="/" underline="never" className={classes.brand}>
              <Text component="span" fw={800} size="lg" c="blue.8">
                {t('app.name')}
              </Text>
            </Anchor>
            <Group gap="xs" visibleFrom="md" wrap="nowrap">
              <Group gap="xs" component="nav" aria-label={t('app.nav.mainNavigation')}>
                {navigation}
              </Group>
              {user ? (
                <>
                  <Text size="sm" fw={500} truncate="end" maw={180} className={classes.user}>
                    {user.fullName}
                  </Text>
                  <Button variant="subtle" size="sm" onClick={leave} loading={signOut.isPending}>
                    {t('app.nav.signOut')}
                  </Button>
                </>
              ) : (
                !session.isPending && (
                  <>
                    <Button component={RouterLink} to="/sign-in" size="sm" variant="subtle">
                      {t('app.nav.signIn')}
                    </Button>
                    <Button component={RouterLink} to="/sign-up" size="sm" variant="light">
                      {t('app.nav.signUp')}
                    </Button>
                  </>
                )
              )}
            </Group>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="md"
              size="sm"
              aria-label={t('app.nav.menu')}
              aria-expanded={opened}
              aria-controls="phone-menu"
            />
          </Group>
        </Container>
      </AppShell.Header>
      {/* The phone's menu: a panel under the header (a drawer's dialog machinery would cost
          every first page about 10 KB of script). Escape or a link closes it. */}
      {opened && (
        <Paper
          id="phone-menu"
          hiddenFrom="md"
          shadow="md"
          p="md"
          radius={0}
          className={classes.phoneMenu}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <Stack gap="xs">
            <Stack component="nav" aria-label={t('app.nav.mainNavigation')} gap="xs">
              {navigation}
            </Stack>
            <Divider />
            {user ? (
              <>
                <Text size="sm" c="dimmed" px="sm" style={{ overflowWrap: 'anywhere' }}>
                  {user.fullName}
                </Text>
                <Button variant="default" onClick={leave} loading={signOut.isPending}>
                  {t('app.nav.signOut')}
                </Button>
              </>
            ) : (
              !session.isPending && (
                <>
                  <Button component={RouterLink} to="/sign-in" onClick={close}>
                    {t('app.nav.signIn')}
                  </Button>
                  <Button component={RouterLink} to="/sign-up" onClick={close} variant="default">
                    {t('app.nav.signUp')}
                  </Button>
                </>
              )
            )}
          </Stack>
        </Paper>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="lg" py="md">
          {user && !user.emailVerifiedAt && <UnverifiedBanner user={user} />}
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

const PAGES_WITHOUT_BANNER = new Set(['/verify-email', '/sign-up', '/account']);

/** Until the address is verified: a reminder on every page, with a new link on request. */
function UnverifiedBanner({ user }: { user: Me }) {
  const { t } = useTranslation();
  const location = useLocation();
  const resend = useResendVerification();
  const message = useErrorMessage();
  // These pages say it themselves (with their own button for a new link).
  if (PAGES_WITHOUT_BANNER.has(location.pathname)) return null;
  return (
    <Alert color="yellow" mb="md" p="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {resend.isSuccess
            ? t('account.bannerSent', { email: user.email })
            : resend.isError
              ? message(resend.error)
              : t('account.banner', { email: user.email })}
        </Text>
        {!resend.isSuccess && (
          <Button
            size="xs"
            variant="white"
            color="dark"
            onClick={() => resend.mutate()}
            loading={resend.isPending}
          >
            {t('account.resend')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
