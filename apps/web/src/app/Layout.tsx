import {
  Anchor,
  AppShell,
  Burger,
  Button,
  Container,
  Drawer,
  Group,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Link as RouterLink } from 'react-router';
import { useSession } from '../auth/useSession';
import { Loading } from '../common/QueryStates';
import classes from './Layout.module.css';

/** The frame of every page: a header with the main links, then the page. */
export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const session = useSession();
  const signedIn = Boolean(session.data);

  const links = [
    { to: '/', label: t('app.nav.events'), end: true },
    ...(signedIn
      ? [
          { to: '/me/registrations', label: t('app.nav.myRegistrations'), end: false },
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
            <Group
              gap="xs"
              visibleFrom="sm"
              component="nav"
              aria-label={t('app.nav.mainNavigation')}
            >
              {navigation}
              {!session.isPending && !signedIn && (
                <Button component={RouterLink} to="/sign-in" size="sm" variant="light">
                  {t('app.nav.signIn')}
                </Button>
              )}
            </Group>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.nav.menu')}
              aria-expanded={opened}
            />
          </Group>
        </Container>
      </AppShell.Header>
      <Drawer
        opened={opened}
        onClose={close}
        position="right"
        size="75%"
        title={t('app.name')}
        hiddenFrom="sm"
      >
        <Stack component="nav" aria-label={t('app.nav.mainNavigation')} gap="xs">
          {navigation}
          {!session.isPending && !signedIn && (
            <Button component={RouterLink} to="/sign-in" onClick={close}>
              {t('app.nav.signIn')}
            </Button>
          )}
        </Stack>
      </Drawer>
      <AppShell.Main>
        <Container size="lg" py="md" component="main" id="main" tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
