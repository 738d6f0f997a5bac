import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/errors';
import { EmptyState, LoadError, Loading, useErrorMessage } from '@/common/QueryStates';
import { countryName } from '@/format/countries';
import {
  type Team,
  useAutoAssign,
  useConsoleTeams,
  useMoveMember,
  usePreviewTeams,
} from './queries';

/** Teams' errors in words (the contract's codes). */
export function useTeamsErrorMessage() {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  return (error: unknown) => {
    if (error instanceof ApiError && i18n.exists(`console.teams.errors.${error.code}`))
      return t(`console.teams.errors.${error.code}`);
    return message(error);
  };
}

/** "KR 2 · VN 1", and the genders the same way. */
function mix(team: Team, key: 'nationality' | 'gender', unknown: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const member of team.members) {
    const value = (member[key] as string | null | undefined) || unknown;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function TeamMix({ team }: { team: Team }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('console.teams.countries')}:{' '}
        {mix(team, 'nationality', '?')
          .map(([code, count]) => `${countryName(code)} ${count}`)
          .join(' · ')}
      </Text>
      <Text size="sm">
        {t('console.teams.genders')}:{' '}
        {mix(team, 'gender', 'unknown')
          .map(([gender, count]) => `${t(`console.teams.gender.${gender}`, gender)} ${count}`)
          .join(' · ')}
      </Text>
    </Stack>
  );
}

export function TeamsSection({ eventId, organizer }: { eventId: string; organizer: boolean }) {
  const { t } = useTranslation();
  const teams = useConsoleTeams(eventId);
  const errorWords = useTeamsErrorMessage();
  const preview = usePreviewTeams(eventId);
  const apply = useAutoAssign(eventId);
  const move = useMoveMember(eventId);
  const [teamSize, setTeamSize] = useState<number | string>(4);
  const [previewOpen, setPreviewOpen] = useState(false);

  const size = typeof teamSize === 'number' ? teamSize : Number(teamSize);

  function close() {
    setPreviewOpen(false);
    preview.reset();
    apply.reset();
  }

  return (
    <section aria-labelledby="teams-heading">
      <Group justify="space-between" align="flex-end" mb="sm">
        <Title order={3} size="h4" id="teams-heading">
          {t('console.teams.teamsTitle')}
        </Title>
        {organizer && (
          <Group align="flex-end" gap="sm">
            <NumberInput
              label={t('console.teams.teamSize')}
              min={1}
              max={100}
              w={140}
              value={teamSize}
              onChange={setTeamSize}
            />
            <Button
              disabled={!size || size < 1}
              loading={preview.isPending}
              onClick={() => {
                setPreviewOpen(true);
                preview.mutate(size);
              }}
            >
              {t('console.teams.previewAutoAssign')}
            </Button>
          </Group>
        )}
      </Group>
      {move.error && (
        <Alert color="red" role="alert" mb="sm" withCloseButton onClose={() => move.reset()}>
          {errorWords(move.error)}
        </Alert>
      )}
      {teams.isPending ? (
        <Loading />
      ) : !teams.data ? (
        <LoadError error={teams.error} onRetry={() => void teams.refetch()} />
      ) : teams.data.items.length === 0 ? (
        <EmptyState title={t('console.teams.emptyTitle')}>
          {organizer ? t('console.teams.emptyBodyOrganizer') : t('console.teams.emptyBody')}
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {teams.data.items.map((team) => (
            <Card key={team.id} withBorder data-team={team.name}>
              <Title order={4} size="h5" mb="xs">
                {team.name}
              </Title>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('console.teams.member')}</Table.Th>
                    <Table.Th>{t('console.teams.nationality')}</Table.Th>
                    {organizer && <Table.Th>{t('console.teams.moveTo')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {team.members.map((member) => (
                    <Table.Tr key={member.registrationId ?? member.fullName}>
                      <Table.Td>{member.fullName}</Table.Td>
                      <Table.Td>{countryName(member.nationality)}</Table.Td>
                      {organizer && (
                        <Table.Td>
                          <Select
                            size="xs"
                            w={160}
                            aria-label={t('console.teams.moveNamed', { name: member.fullName })}
                            placeholder={t('console.teams.choose')}
                            data={teams.data.items
                              .filter((other) => other.id !== team.id)
                              .map((other) => ({ value: other.id, label: other.name }))}
                            value={null}
                            disabled={move.isPending}
                            onChange={(toTeamId) =>
                              toTeamId &&
                              member.registrationId &&
                              move.mutate({
                                registrationId: member.registrationId,
                                fromTeamId: team.id,
                                toTeamId,
                              })
                            }
                          />
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
          ))}
        </SimpleGrid>
      )}

      <Modal
        closeButtonProps={{ 'aria-label': t('console.programme.close') }}
        opened={previewOpen}
        onClose={close}
        size="xl"
        title={
          <Title order={2} size="h4" component="span">
            {t('console.teams.previewTitle', { size })}
          </Title>
        }
      >
        <Stack gap="md">
          {preview.isPending && <Loading />}
          {preview.error && (
            <Alert color="red" role="alert">
              {errorWords(preview.error)}
            </Alert>
          )}
          {preview.data && (
            <>
              <Text>{t('console.teams.previewBody', { count: preview.data.items.length })}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {preview.data.items.map((team) => (
                  <Card key={team.name} withBorder data-preview-team={team.name}>
                    <Group justify="space-between" mb={4}>
                      <Title order={3} size="h5">
                        {team.name}
                      </Title>
                      <Badge variant="outline" tt="none" color="gray.8">
                        {t('console.teams.memberCount', { count: team.members.length })}
                      </Badge>
                    </Group>
                    <Text size="sm" mb={4}>
                      {team.members.map((member) => member.fullName).join(', ')}
                    </Text>
                    <TeamMix team={team} />
                  </Card>
                ))}
              </SimpleGrid>
            </>
          )}
          {apply.error && (
            <Alert color="red" role="alert">
              {errorWords(apply.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('console.teams.keepTeams')}
            </Button>
            <Button
              disabled={!preview.data}
              loading={apply.isPending}
              onClick={() => apply.mutate(size, { onSuccess: close })}
            >
              {t('console.teams.applyTeams')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </section>
  );
}
