import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading, LoadError } from '../common/QueryStates';
import { EventCard } from './EventCard';
import { useEvents } from './queries';

/** The public list of events: the front page. */
export default function EventsPage() {
  const { t } = useTranslation();
  const events = useEvents();
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('events.title')}</Title>
        <Text c="dimmed">{t('events.subtitle')}</Text>
      </div>
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <LoadError error={events.error} onRetry={() => void events.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('events.emptyTitle')}>{t('events.emptyBody')}</EmptyState>
      ) : (
        <>
          {items.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
          {events.hasNextPage && (
            <Button
              variant="default"
              onClick={() => void events.fetchNextPage()}
              loading={events.isFetchingNextPage}
            >
              {t('events.more')}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
