import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '@/common/QueryStates';
import { countryName } from '@/format/countries';
import { clockTimeIn, dateTimeIn, localDate, zoneLabel } from '@/format/time';
import { useEventConsole } from '../EventConsoleLayout';
import { DayPicker } from './DayPicker';
import { type Digest, DayFigures, DaySessions } from './DigestParts';
import { useDigest } from './queries';
import { ScrollTable } from '../registrations/ScrollTable';

function Changes({ digest }: { digest: Digest }) {
  const { t } = useTranslation();
  const zone = digest.timezone;
  const status = (value: string | null) =>
    value ? t(`registrations.status.${value}`) : t('console.today.change.new');
  return (
    <section aria-labelledby="digest-changes">
      <Title order={3} size="h4" id="digest-changes">
        {t('console.today.changes')} ({digest.changeCount})
      </Title>
      <Text c="dimmed" size="sm" mb="xs">
        {t('console.today.changesWindow', {
          since: dateTimeIn(digest.changesSince, zone),
          until: dateTimeIn(digest.changesUntil, zone),
        })}
      </Text>
      {digest.changes.length === 0 ? (
        <Text>{t('console.today.noChanges')}</Text>
      ) : (
        <>
          <ScrollTable minWidth={640} label={t('console.today.changes')}>
            <Table striped aria-label={t('console.today.changes')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('console.today.change.who')}</Table.Th>
                  <Table.Th>{t('console.today.change.nationality')}</Table.Th>
                  <Table.Th>{t('console.today.change.change')}</Table.Th>
                  <Table.Th>{t('console.today.change.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {digest.changes.map((change, index) => (
                  <Table.Tr key={`${change.registrationId}-${change.at}-${index}`}>
                    <Table.Td>{change.fullName}</Table.Td>
                    <Table.Td>{countryName(change.nationality)}</Table.Td>
                    <Table.Td>
                      {t('console.today.change.fromTo', {
                        from: status(change.from),
                        to: status(change.to),
                      })}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {dateTimeIn(change.at, zone)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {digest.changes.length < digest.changeCount && (
            <Text size="sm" c="dimmed">
              {t('console.today.changesMore', {
                shown: digest.changes.length,
                count: digest.changeCount,
              })}
            </Text>
          )}
        </>
      )}
    </section>
  );
}

/** The staff digest email's content for a chosen date, as a page. */
export default function DigestPage() {
  const { t } = useTranslation();
  const { event } = useEventConsole();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('date') ?? undefined;
  const digest = useDigest(event.id, chosen);
  const pick = (date: string | null) => setParams(date ? { date } : {}, { replace: true });

  if (digest.isPending) return <Loading />;
  if (!digest.data) return <LoadError error={digest.error} onRetry={() => void digest.refetch()} />;
  const day = digest.data;

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {t('console.today.digestTitle')}: {localDate(day.date)}
        </Title>
        <Text c="dimmed" size="sm">
          {day.scheduled
            ? t('console.today.digestIntro', { time: clockTimeIn(day.digestAt, day.timezone) })
            : t('console.today.digestNotSent')}{' '}
          {t('console.today.timesIn', { zone: zoneLabel(day.timezone, day.digestAt) })}
        </Text>
      </div>
      <DayPicker date={day.date} isToday={!chosen} onChange={pick} />
      <DaySessions digest={day} startsOn={event.startsOn} endsOn={event.endsOn} />
      <DayFigures digest={day} />
      <Changes digest={day} />
    </Stack>
  );
}
