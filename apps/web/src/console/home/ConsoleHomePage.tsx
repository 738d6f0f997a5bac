import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { consoleRole } from '../roles';
import {
  useCreateOrganization,
  useOpenQueueDashboard,
  useOrganizationEvents,
  useOrganizations,
} from './queries';
import { isApiError } from '@/api/errors';
import { showServerErrors } from '@/api/form-errors';
import type { Schemas } from '@/api/types';
import { useSession } from '@/auth/useSession';
import { EmptyState, LoadError, Loading, useErrorMessage } from '@/common/QueryStates';
import { localDateRange } from '@/format/time';

type Organization = Schemas['OrganizationDto'];

/** The console's first page: the person's organizations, each with its events. */
export default function ConsoleHomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const organizations = useOrganizations();
  const isAdmin = Boolean(session.data?.isAdmin);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('console.title')}</Title>
          <Text c="dimmed">{t('console.home.subtitle')}</Text>
        </div>
        {isAdmin && <QueueDashboardButton />}
      </Group>
      {isAdmin && <NewOrganization />}
      {organizations.isPending ? (
        <Loading />
      ) : organizations.isError ? (
        <LoadError error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : organizations.data.items.length === 0 ? (
        <EmptyState title={t('console.home.noOrganizations')}>
          {t(isAdmin ? 'console.home.noOrganizationsAdmin' : 'console.home.noOrganizationsBody')}
        </EmptyState>
      ) : (
        organizations.data.items.map((organization) => (
          <OrganizationEvents
            key={organization.id}
            organization={organization}
            role={consoleRole(session.data, organization.id)}
            badge={
              session.data?.memberships.find((item) => item.organizationId === organization.id)
                ?.role ?? (isAdmin ? 'admin' : null)
            }
          />
        ))
      )}
    </Stack>
  );
}

function QueueDashboardButton() {
  const { t } = useTranslation();
  const open = useOpenQueueDashboard();
  const message = useErrorMessage();
  return (
    <Stack gap={4} align="flex-end">
      <Button
        variant="default"
        loading={open.isPending}
        onClick={() =>
          open.mutate(undefined, { onSuccess: () => window.location.assign('/admin/queues') })
        }
      >
        {t('console.home.queueDashboard')}
      </Button>
      {open.isError && (
        <Text c="red.8" size="sm" role="alert">
          {message(open.error)}
        </Text>
      )}
    </Stack>
  );
}

function NewOrganization() {
  const { t } = useTranslation();
  const create = useCreateOrganization();
  const message = useErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '' },
    validate: { name: (value) => (value.trim() ? null : t('console.home.nameRequired')) },
  });
  const submit = form.onSubmit((values) => {
    setProblem(null);
    create.mutate(values.name.trim(), {
      onSuccess: () => form.reset(),
      onError: (error) => {
        const unclaimed = showServerErrors(form, error);
        if (!isApiError(error) || error.details.length === 0 || unclaimed.length > 0)
          setProblem(unclaimed.join(' ') || message(error));
      },
    });
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="new-org-title">
      <Title order={2} size="h4" id="new-org-title" mb="xs">
        {t('console.home.newOrganization')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput
            label={t('console.home.organizationName')}
            placeholder={t('console.home.organizationNamePlaceholder')}
            style={{ flex: 1, minWidth: 220 }}
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Button type="submit" variant="light" mt={25} loading={create.isPending}>
            {t('console.home.createOrganization')}
          </Button>
        </Group>
        {problem && (
          <Alert color="red" role="alert" mt="sm">
            {problem}
          </Alert>
        )}
      </form>
    </Paper>
  );
}

function OrganizationEvents({
  organization,
  role,
  badge,
}: {
  organization: Organization;
  role: 'organizer' | 'staff' | null;
  /** The person's own role here, or "admin" for an admin who is not a member. */
  badge: 'organizer' | 'staff' | 'admin' | null;
}) {
  const { t } = useTranslation();
  const events = useOrganizationEvents(organization.id);
  const headingId = `org-${organization.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {organization.name}
          </Title>
          {badge && <Badge color="gray.7">{t(`console.roles.${badge}`)}</Badge>}
        </Group>
        <Group gap="sm">
          <Anchor component={RouterLink} to={`/console/organizations/${organization.id}`}>
            {t('console.home.organizationPage', { name: organization.name })}
          </Anchor>
          {role === 'organizer' && (
            <Button
              component={RouterLink}
              to={`/console/events/new?organizationId=${organization.id}`}
              size="sm"
            >
              {t('console.home.newEvent')}
            </Button>
          )}
        </Group>
      </Group>
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <LoadError error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <Text c="dimmed">{t('console.home.noEvents')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('console.home.event')}</Table.Th>
                <Table.Th>{t('console.home.status')}</Table.Th>
                <Table.Th>{t('console.home.dates')}</Table.Th>
                <Table.Th>{t('console.home.seats')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.items.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td>
                    <Anchor
                      component={RouterLink}
                      to={
                        role === 'organizer'
                          ? `/console/events/${event.id}`
                          : `/console/events/${event.id}/today`
                      }
                    >
                      {event.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={
                        event.status === 'published'
                          ? 'teal.9'
                          : event.status === 'cancelled'
                            ? 'red.9'
                            : 'gray.7'
                      }
                    >
                      {t(`console.status.${event.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{localDateRange(event.startsOn, event.endsOn)}</Table.Td>
                  <Table.Td>
                    {t('console.home.seatsTaken', {
                      taken: event.seatsTaken,
                      capacity: event.capacity,
                    })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
