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
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './MissionsSection.module.css';
import { showServerErrors } from '@/api/form-errors';
import { type EventSummary } from '@/api/types';
import { EmptyState, LoadError, Loading } from '@/common/QueryStates';
import { instantOf } from '@/format/instant';
import { dateTimeIn, zoneLabel } from '@/format/time';
import { useProgrammeSessions } from '../programme/queries';
import {
  type Mission,
  type MissionSubmission,
  useConsoleMissions,
  useCreateMission,
  useMissionSubmissions,
  useScoreSubmission,
} from './queries';
import { useTeamsErrorMessage } from './TeamsSection';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface MissionFormValues {
  title: string;
  description: string;
  dueDate: string;
  dueTime: string;
  maxScore: number | string;
  sessionId: string;
}

function NewMissionModal({
  event,
  opened,
  onClose,
}: {
  event: EventSummary;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorWords = useTeamsErrorMessage();
  const create = useCreateMission(event.id);
  const sessions = useProgrammeSessions(event.id);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<MissionFormValues>({
    mode: 'controlled',
    initialValues: {
      title: '',
      description: '',
      dueDate: event.endsOn,
      dueTime: '18:00',
      maxScore: 10,
      sessionId: '',
    },
    validate: {
      title: (value) => (value.trim() ? null : t('console.teams.missionForm.required')),
      dueDate: (value) => (DATE.test(value) ? null : t('console.programme.form.dateFormat')),
      dueTime: (value) => (TIME.test(value) ? null : t('console.programme.form.timeFormat')),
      maxScore: (value) => (Number(value) >= 1 ? null : t('console.teams.missionForm.maxScoreMin')),
    },
  });
  const values = form.getValues();
  const dueAt = instantOf(values.dueDate, values.dueTime, event.timezone);
  const linkable = (sessions.data?.items ?? []).filter(
    (session) => session.type === 'team_mission' && session.status === 'scheduled',
  );

  function close() {
    form.reset();
    setProblem(null);
    onClose();
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('console.programme.close') }}
      opened={opened}
      onClose={close}
      size="lg"
      title={
        <Title order={2} size="h4" component="span">
          {t('console.teams.missionForm.title')}
        </Title>
      }
    >
      <form
        noValidate
        onSubmit={form.onSubmit((submitted) => {
          setProblem(null);
          create.mutate(
            {
              title: submitted.title.trim(),
              description: submitted.description.trim() || null,
              dueAt: instantOf(submitted.dueDate, submitted.dueTime, event.timezone)!,
              maxScore: Number(submitted.maxScore),
              sessionId: (submitted.sessionId || null) as never,
            },
            {
              onSuccess: close,
              onError: (error) => {
                const unclaimed = showServerErrors(form, error);
                setProblem(unclaimed.length ? unclaimed.join(' ') : errorWords(error));
              },
            },
          );
        })}
      >
        <Stack gap="sm">
          <TextInput
            label={t('console.teams.missionForm.missionTitle')}
            required
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('console.teams.missionForm.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('console.teams.missionForm.dueDate')}
              description={t('console.programme.form.dateHint')}
              required
              {...form.getInputProps('dueDate')}
            />
            <TextInput
              label={t('console.teams.missionForm.dueTime', {
                zone: zoneLabel(event.timezone, dueAt ?? event.startsAt),
              })}
              description={t('console.programme.form.timeHint')}
              required
              {...form.getInputProps('dueTime')}
            />
            <NumberInput
              label={t('console.teams.missionForm.maxScore')}
              min={1}
              max={10000}
              required
              {...form.getInputProps('maxScore')}
            />
            <Select
              label={t('console.teams.missionForm.session')}
              placeholder={t('console.teams.missionForm.noSession')}
              data={linkable.map((session) => ({
                value: session.id,
                label: `${session.title} (${session.localDate} ${session.localStart})`,
              }))}
              clearable
              {...form.getInputProps('sessionId')}
              value={values.sessionId || null}
              onChange={(value) => form.setFieldValue('sessionId', value ?? '')}
            />
          </SimpleGrid>
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('console.programme.close')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('console.teams.missionForm.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ScoreForm({
  eventId,
  mission,
  submission,
}: {
  eventId: string;
  mission: Mission;
  submission: MissionSubmission;
}) {
  const { t } = useTranslation();
  const errorWords = useTeamsErrorMessage();
  const score = useScoreSubmission(eventId, mission.id);
  const [value, setValue] = useState<number | string>(submission.score ?? '');
  const [feedback, setFeedback] = useState(submission.feedback ?? '');
  const [invalid, setInvalid] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(formEvent) => {
        formEvent.preventDefault();
        const number = Number(value);
        if (value === '' || !Number.isInteger(number) || number < 0 || number > mission.maxScore) {
          setInvalid(t('console.teams.scoreRange', { max: mission.maxScore }));
          return;
        }
        setInvalid(null);
        score.mutate({ id: submission.id, score: number, feedback: feedback.trim() || null });
      }}
    >
      <Stack gap={6}>
        <NumberInput
          size="xs"
          label={t('console.teams.scoreFor', { team: submission.teamName })}
          description={t('console.teams.scoreOutOf', { max: mission.maxScore })}
          min={0}
          max={mission.maxScore}
          value={value}
          onChange={setValue}
          error={invalid}
        />
        <Textarea
          size="xs"
          label={t('console.teams.feedbackFor', { team: submission.teamName })}
          autosize
          minRows={1}
          value={feedback}
          onChange={(changeEvent) => setFeedback(changeEvent.currentTarget.value)}
        />
        {score.error && (
          <Text size="sm" c="red.9" role="alert">
            {errorWords(score.error)}
          </Text>
        )}
        {score.isSuccess && (
          <Text size="sm" c="teal.9" role="status">
            {t('console.teams.scored')}
          </Text>
        )}
        <Button type="submit" size="xs" loading={score.isPending}>
          {t('console.teams.saveScore')}
        </Button>
      </Stack>
    </form>
  );
}

function Submissions({
  eventId,
  mission,
  timezone,
}: {
  eventId: string;
  mission: Mission;
  timezone: string;
}) {
  const { t } = useTranslation();
  const submissions = useMissionSubmissions(mission.id);
  if (submissions.isPending) return <Loading />;
  if (!submissions.data)
    return <LoadError error={submissions.error} onRetry={() => void submissions.refetch()} />;
  if (submissions.data.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('console.teams.noSubmissions')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" className={classes.topAligned}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('console.teams.team')}</Table.Th>
            <Table.Th>{t('console.teams.submission')}</Table.Th>
            <Table.Th w={280}>{t('console.teams.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {submissions.data.items.map((submission) => (
            <Table.Tr key={submission.id}>
              <Table.Td>
                <Text fw={600}>{submission.teamName}</Text>
                <Text size="xs" c="dimmed">
                  {dateTimeIn(submission.submittedAt, timezone)}
                </Text>
                {submission.superseded && (
                  <Badge variant="outline" tt="none" color="gray.8" mt={4}>
                    {t('console.teams.superseded')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {submission.content}
                </Text>
                {submission.url && (
                  <Text size="sm">
                    <a href={submission.url} target="_blank" rel="noreferrer noopener">
                      {submission.url}
                    </a>
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {submission.superseded ? (
                  <Text size="sm" c="dimmed">
                    {submission.score === null
                      ? t('console.teams.supersededNote')
                      : t('console.teams.scoreShown', {
                          score: submission.score,
                          max: mission.maxScore,
                        })}
                  </Text>
                ) : (
                  <ScoreForm eventId={eventId} mission={mission} submission={submission} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function MissionsSection({ event, organizer }: { event: EventSummary; organizer: boolean }) {
  const { t } = useTranslation();
  const missions = useConsoleMissions(event.id);
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="missions-heading">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="missions-heading">
          {t('console.teams.missionsTitle')}
        </Title>
        {organizer && (
          <Button variant="light" onClick={() => setCreating(true)}>
            {t('console.teams.newMission')}
          </Button>
        )}
      </Group>
      {missions.isPending ? (
        <Loading />
      ) : !missions.data ? (
        <LoadError error={missions.error} onRetry={() => void missions.refetch()} />
      ) : missions.data.items.length === 0 ? (
        <EmptyState title={t('console.teams.noMissionsTitle')}>
          {organizer ? t('console.teams.noMissionsOrganizer') : t('console.teams.noMissions')}
        </EmptyState>
      ) : (
        <Stack gap="md">
          {missions.data.items.map((mission) => (
            <Card key={mission.id} withBorder data-mission={mission.title}>
              <Title order={4} size="h5">
                {mission.title}
              </Title>
              <Text size="sm" c="dimmed" mb="xs">
                {t('console.teams.due', { when: dateTimeIn(mission.dueAt, event.timezone) })} ·{' '}
                {t('console.teams.maxScore', { max: mission.maxScore })}
              </Text>
              {mission.description && (
                <Text size="sm" mb="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {mission.description}
                </Text>
              )}
              <Submissions eventId={event.id} mission={mission} timezone={event.timezone} />
            </Card>
          ))}
        </Stack>
      )}
      {organizer && (
        <NewMissionModal event={event} opened={creating} onClose={() => setCreating(false)} />
      )}
    </section>
  );
}
