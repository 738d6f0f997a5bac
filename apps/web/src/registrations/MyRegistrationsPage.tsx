import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Registration } from '../api/types';
import { EmptyState, Loading, LoadError } from '../common/QueryStates';
import { useEvent } from '../events/queries';
import { localDateRange } from '../format/time';
import { useMyRegistrations } from './queries';
import { StatusBadge } from './StatusBadge';

/** The signed-in person's registrations: event, status, place on the waiting list. */
export default function MyRegistrationsPage() {
  const { t } = useTranslation();
  const registrations = useMyRegistrations();
  const items = registrations.data?.items ?? [];
  return (
    <Stack gap="md">
      <Title order={1}>{t('registrations.mine.title')}</Title>
      {registrations.isPending ? (
        <Loading />
      ) : registrations.isError ? (
        <LoadError error={registrations.error} onRetry={() => void registrations.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('registrations.mine.emptyTitle')}>
          <Stack align="center" gap="sm" component="span">
            <span>{t('registrations.mine.emptyBody')}</span>
            <Button component={RouterLink} to="/">
              {t('registrations.mine.browse')}
            </Button>
          </Stack>
        </EmptyState>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((registration) => (
            <RegistrationItem key={registration.id} registration={registration} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function RegistrationItem({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  const event = useEvent(registration.eventId);
  const title = event.data?.title ?? t('registrations.mine.event');
  return (
    <li>
      <Card withBorder padding="md">
        <Stack gap={6}>
          <Anchor
            component={RouterLink}
            to={`/me/registrations/${registration.id}`}
            fw={700}
            size="lg"
          >
            {title}
          </Anchor>
          {event.data && (
            <Text size="sm" c="dimmed">
              {localDateRange(event.data.startsOn, event.data.endsOn)}
            </Text>
          )}
          <Group gap="sm">
            <StatusBadge status={registration.status} />
            {registration.status === 'waitlisted' &&
              registration.waitlistPosition !== undefined && (
                <Text size="sm">
                  {t('registrations.waitlistPosition', {
                    position: registration.waitlistPosition,
                  })}
                </Text>
              )}
          </Group>
        </Stack>
      </Card>
    </li>
  );
}
