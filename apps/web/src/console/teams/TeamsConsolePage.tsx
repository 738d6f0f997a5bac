import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState, LoadError, Loading } from '@/common/QueryStates';
import { useEventConsole } from '../EventConsoleLayout';
import { MissionsSection } from './MissionsSection';
import { useConsoleLeaderboard } from './queries';
import { TeamsSection } from './TeamsSection';

function Leaderboard({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const board = useConsoleLeaderboard(eventId);
  return (
    <section aria-labelledby="leaderboard-heading">
      <Title order={3} size="h4" id="leaderboard-heading" mb="sm">
        {t('console.teams.leaderboardTitle')}
      </Title>
      {board.isPending ? (
        <Loading />
      ) : !board.data ? (
        <LoadError error={board.error} onRetry={() => void board.refetch()} />
      ) : board.data.items.length === 0 ? (
        <EmptyState title={t('console.teams.leaderboardEmpty')} />
      ) : (
        <Table.ScrollContainer minWidth={400}>
          <Table striped aria-labelledby="leaderboard-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('console.teams.rank')}</Table.Th>
                <Table.Th>{t('console.teams.team')}</Table.Th>
                <Table.Th w={120}>{t('console.teams.points')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.data.items.map((row) => (
                <Table.Tr key={row.teamId}>
                  <Table.Td>{row.rank}</Table.Td>
                  <Table.Td>{row.name}</Table.Td>
                  <Table.Td>{row.total}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

/**
 * Teams and missions: organizers deal teams (after a preview), move members, set missions;
 * organizers and the event's staff score submissions with feedback; the leaderboard follows.
 */
export default function TeamsConsolePage() {
  const { t } = useTranslation();
  const { event, role } = useEventConsole();
  const organizer = role === 'organizer';
  return (
    <Stack gap="xl">
      <div>
        <Title order={2} size="h3">
          {t('console.teams.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {organizer ? t('console.teams.subtitleOrganizer') : t('console.teams.subtitleStaff')}
        </Text>
      </div>
      <TeamsSection eventId={event.id} organizer={organizer} />
      <MissionsSection event={event} organizer={organizer} />
      <Leaderboard eventId={event.id} />
    </Stack>
  );
}
