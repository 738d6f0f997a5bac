import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/errors';
import { showServerErrors } from '../api/form-errors';
import type { MyItinerary, Schemas } from '../api/types';
import { EmptyState, Loading, LoadError } from '../common/QueryStates';
import { countryName } from '../format/countries';
import { dateTimeIn, relativeTo } from '../format/time';
import { NotConfirmed } from '../itinerary/NotConfirmed';
import { useMyItinerary } from '../itinerary/queries';
import { useActionError } from '../registrations/errors';
import { useLeaderboard, useMissions, useSubmitMission } from './queries';

type Mission = Schemas['MissionDto'];

/** The person's team, the event's missions with their team's state, and the leaderboard. */
export default function TeamPage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const itinerary = useMyItinerary(eventId);
  const missions = useMissions(eventId);
  const leaderboard = useLeaderboard(eventId);

  if (itinerary.isPending) return <Loading />;
  if (!itinerary.data)
    return isApiError(itinerary.error, 'NOT_FOUND') ? (
      <NotConfirmed />
    ) : (
      <LoadError error={itinerary.error} onRetry={() => void itinerary.refetch()} />
    );
  const { team, event } = itinerary.data;

  return (
    <Stack gap="md" maw={820}>
      <div>
        <Title order={1}>
          {team ? t('teams.titleFor', { name: team.name }) : t('teams.title')}
        </Title>
        <Text c="dimmed">{event.title}</Text>
      </div>
      {!team ? (
        <EmptyState title={t('teams.noTeam')}>{t('teams.noTeamBody')}</EmptyState>
      ) : (
        <section aria-labelledby="members-heading">
          <Title order={2} size="h3" id="members-heading" mb="xs">
            {t('teams.members')}
          </Title>
          <List spacing={4}>
            {team.members.map((member, index) => (
              <List.Item key={`${member.fullName}-${index}`}>
                {member.fullName} · {countryName(member.nationality)}
              </List.Item>
            ))}
          </List>
        </section>
      )}

      <section aria-labelledby="missions-heading">
        <Title order={2} size="h3" id="missions-heading" mb="xs">
          {t('teams.missions')}
        </Title>
        {missions.isPending ? (
          <Loading />
        ) : missions.isError ? (
          <LoadError error={missions.error} onRetry={() => void missions.refetch()} />
        ) : missions.data.items.length === 0 ? (
          <EmptyState title={t('teams.noMissions')}>{t('teams.noMissionsBody')}</EmptyState>
        ) : (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {missions.data.items.map((mission) => (
              <li key={mission.id}>
                <MissionCard
                  mission={mission}
                  itinerary={itinerary.data}
                  eventId={eventId}
                  canSubmit={Boolean(team)}
                  score={
                    leaderboard.data?.items
                      .find((entry) => entry.teamId === team?.id)
                      ?.missions.find((item) => item.missionId === mission.id)?.score ?? null
                  }
                />
              </li>
            ))}
          </Stack>
        )}
      </section>

      <Leaderboard eventId={eventId} teamId={team?.id} />
    </Stack>
  );
}

function MissionCard({
  mission,
  itinerary,
  eventId,
  canSubmit,
  score,
}: {
  mission: Mission;
  itinerary: MyItinerary;
  eventId: string;
  canSubmit: boolean;
  score: number | null;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const submitted = itinerary.missions.find((item) => item.id === mission.id)?.submitted ?? false;
  const closed = new Date(mission.dueAt).getTime() <= Date.now();
  const zone = itinerary.event.timezone;
  const headingId = `mission-${mission.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Text component="h3" fw={700} size="lg" m={0} id={headingId}>
          {mission.title}
        </Text>
        <Text size="sm">
          {t('teams.due', { time: dateTimeIn(mission.dueAt, zone) })}
          {closed ? '' : ` · ${t('teams.dueIn', { relative: relativeTo(mission.dueAt) })}`}
        </Text>
        <Group gap={6}>
          <Badge variant="dot" color={submitted ? 'green' : 'gray'} size="lg" tt="none">
            {submitted ? t('teams.submitted') : t('teams.notSubmitted')}
          </Badge>
          {closed && (
            <Badge variant="light" color="red" tt="none">
              {t('teams.closed')}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {t('teams.maxScore', { count: mission.maxScore })}
          </Text>
        </Group>
        {score !== null && (
          <Text size="sm" fw={700}>
            {t('teams.score', { score, max: mission.maxScore })}
          </Text>
        )}
        {mission.description && <Text size="sm">{mission.description}</Text>}
        {canSubmit && !closed && !open && (
          <div>
            <Button variant={submitted ? 'default' : 'filled'} onClick={() => setOpen(true)}>
              {submitted ? t('teams.resubmit') : t('teams.submit')}
            </Button>
          </div>
        )}
        {open && (
          <SubmissionForm mission={mission} eventId={eventId} onDone={() => setOpen(false)} />
        )}
      </Stack>
    </Card>
  );
}

function SubmissionForm({
  mission,
  eventId,
  onDone,
}: {
  mission: Mission;
  eventId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmitMission(eventId);
  const actionError = useActionError();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { content: '', url: '' },
    validate: {
      content: (value) => (value.trim() ? null : t('registrations.form.required')),
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        setProblem(null);
        submit.mutate(
          { missionId: mission.id, content: values.content, url: values.url.trim() },
          {
            onSuccess: onDone,
            onError: (error) => {
              const unclaimed = showServerErrors(form, error);
              setProblem([actionError(error), ...unclaimed].join(' '));
            },
          },
        );
      })}
    >
      <Stack gap="sm">
        <Textarea
          label={t('teams.content')}
          description={t('teams.contentDescription')}
          withAsterisk
          autosize
          minRows={3}
          {...form.getInputProps('content')}
        />
        <TextInput type="url" label={t('teams.url')} {...form.getInputProps('url')} />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={submit.isPending}>
            {t('teams.send')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Leaderboard({ eventId, teamId }: { eventId: string; teamId?: string }) {
  const { t } = useTranslation();
  const leaderboard = useLeaderboard(eventId);
  return (
    <section aria-labelledby="leaderboard-heading">
      <Title order={2} size="h3" id="leaderboard-heading" mb="xs">
        {t('teams.leaderboard')}
      </Title>
      {leaderboard.isPending ? (
        <Loading />
      ) : leaderboard.isError ? (
        <LoadError error={leaderboard.error} onRetry={() => void leaderboard.refetch()} />
      ) : leaderboard.data.items.length === 0 ? (
        <Text c="dimmed">{t('teams.leaderboardEmpty')}</Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('teams.rank')}</Table.Th>
              <Table.Th scope="col">{t('teams.team')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('teams.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {leaderboard.data.items.map((entry) => (
              <Table.Tr key={entry.teamId} fw={entry.teamId === teamId ? 700 : undefined}>
                <Table.Td>{entry.rank}</Table.Td>
                <Table.Td>
                  {entry.name}
                  {entry.teamId === teamId && ` ${t('teams.yourTeam')}`}
                </Table.Td>
                <Table.Td ta="right">{entry.total}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
