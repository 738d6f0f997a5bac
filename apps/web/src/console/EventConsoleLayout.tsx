import { Anchor, Badge, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Link as RouterLink, useOutletContext, useParams } from 'react-router';
import type { EventSummary } from '../api/types';
import { useSession } from '../auth/useSession';
import { LoadError, Loading } from '../common/QueryStates';
import { useEvent } from '../events/queries';
import { localDateRange, zoneLabel } from '../format/time';
import classes from './EventConsoleLayout.module.css';
import { type ConsoleRole, consoleRole } from './roles';

/** What every page under /console/events/:eventId receives from this layout. */
export interface EventConsoleContext {
  event: EventSummary;
  role: Exclude<ConsoleRole, null>;
}

/** The event and the person's role, for a page inside the event's console. */
export function useEventConsole(): EventConsoleContext {
  return useOutletContext<EventConsoleContext>();
}

interface Tab {
  path: string;
  label: string;
  /** Shown to staff too; otherwise organizers only. */
  staff: boolean;
}

/**
 * One event in the console: its title, dates and status, and a tab per page. Staff see only
 * the pages the contract lets them read.
 */
export default function EventConsoleLayout() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const event = useEvent(eventId);
  const session = useSession();

  if (event.isPending || session.isPending) return <Loading />;
  if (!event.data) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  const role = consoleRole(session.data, event.data.organizationId) ?? 'staff';

  const tabs: Tab[] = [
    { path: '', label: t('console.tabs.dashboard'), staff: false },
    { path: 'today', label: t('console.tabs.today'), staff: true },
    { path: 'registrations', label: t('console.tabs.registrations'), staff: true },
    { path: 'programme', label: t('console.tabs.programme'), staff: false },
    { path: 'teams', label: t('console.tabs.teams'), staff: true },
    { path: 'rooms', label: t('console.tabs.rooms'), staff: true },
    { path: 'flights', label: t('console.tabs.flights'), staff: true },
    { path: 'pickups', label: t('console.tabs.pickups'), staff: true },
    { path: 'notifications', label: t('console.tabs.notifications'), staff: true },
    { path: 'digest', label: t('console.tabs.digest'), staff: true },
    { path: 'settings', label: t('console.tabs.settings'), staff: false },
  ];
  const base = `/console/events/${event.data.id}`;

  return (
    <Stack gap="md">
      <div>
        <Anchor component={RouterLink} to="/console" size="sm">
          {t('console.backToConsole')}
        </Anchor>
        <Group gap="sm" align="center" mt={4}>
          <Title order={1} size="h2">
            {event.data.title}
          </Title>
          <Badge color={event.data.status === 'published' ? 'teal.9' : 'gray.7'}>
            {t(`console.status.${event.data.status}`)}
          </Badge>
        </Group>
        <Text c="dimmed" size="sm">
          {localDateRange(event.data.startsOn, event.data.endsOn)} ·{' '}
          {zoneLabel(event.data.timezone, event.data.startsAt)}
        </Text>
      </div>
      <ScrollArea type="auto" offsetScrollbars>
        <nav aria-label={t('console.eventSections')} className={classes.tabs}>
          {tabs
            .filter((tab) => role === 'organizer' || tab.staff)
            .map((tab) => (
              <NavLink
                key={tab.path}
                to={tab.path ? `${base}/${tab.path}` : base}
                end
                className={classes.tab}
              >
                {tab.label}
              </NavLink>
            ))}
        </nav>
      </ScrollArea>
      <Outlet context={{ event: event.data, role } satisfies EventConsoleContext} />
    </Stack>
  );
}
