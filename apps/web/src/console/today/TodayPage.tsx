import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '@/common/QueryStates';
import { localDate, localDateOf, zoneLabel } from '@/format/time';
import { useEventConsole } from '../EventConsoleLayout';
import { DayPicker } from './DayPicker';
import { DayFigures, DaySessions, MedicalPeople } from './DigestParts';
import { useDigest } from './queries';

/**
 * The staff's day: the day's sessions in their local time, the confirmed head count, dietary
 * counts and who has medical notes, from the digest of that date (today where the programme
 * is, unless another day is picked).
 */
export default function TodayPage() {
  const { t } = useTranslation();
  const { event } = useEventConsole();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('date') ?? undefined;
  const digest = useDigest(event.id, chosen);

  const pick = (date: string | null) => setParams(date ? { date } : {}, { replace: true });

  if (digest.isPending) return <Loading />;
  if (!digest.data) return <LoadError error={digest.error} onRetry={() => void digest.refetch()} />;
  const day = digest.data;
  const today = localDateOf(new Date(), day.timezone);

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {day.date === today ? t('console.today.title') : localDate(day.date)}
        </Title>
        <Text c="dimmed" size="sm">
          {day.date === today ? `${localDate(day.date)} · ` : ''}
          {t('console.today.timesIn', { zone: zoneLabel(day.timezone, day.digestAt) })}
        </Text>
      </div>
      <DayPicker date={day.date} isToday={!chosen} onChange={pick} />
      <DaySessions digest={day} startsOn={event.startsOn} endsOn={event.endsOn} />
      <DayFigures digest={day} />
      <MedicalPeople digest={day} />
    </Stack>
  );
}
