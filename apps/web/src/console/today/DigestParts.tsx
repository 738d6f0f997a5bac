import { Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { EmptyState } from '@/common/QueryStates';
import { countryName } from '@/format/countries';
import { localDateRange, sessionPlaceTimes } from '@/format/time';
import { ScrollTable } from '../registrations/ScrollTable';

export type Digest = Schemas['DigestDto'];

/** The day's sessions in their own local times, or an empty state naming the programme's days. */
export function DaySessions({
  digest,
  startsOn,
  endsOn,
}: {
  digest: Digest;
  startsOn: string;
  endsOn: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="day-sessions">
      <Title order={3} size="h4" id="day-sessions" mb="xs">
        {t('console.today.sessions')}
      </Title>
      {digest.sessions.length === 0 ? (
        <EmptyState title={t('console.today.noSessionsTitle')}>
          {t('console.today.noSessionsHelp', { range: localDateRange(startsOn, endsOn) })}
        </EmptyState>
      ) : (
        <List spacing="sm" listStyleType="none" p={0}>
          {digest.sessions.map((session) => (
            <List.Item key={session.id}>
              <Group gap="sm" wrap="nowrap" align="baseline">
                <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {sessionPlaceTimes(session)}
                </Text>
                <Text td={session.status === 'cancelled' ? 'line-through' : undefined}>
                  {session.title}
                  {session.venue ? ` · ${session.venue.name}, ${session.venue.city}` : ''}
                </Text>
                {session.mandatory && (
                  <Badge size="sm" variant="outline" color="blue.9" tt="none">
                    {t('console.today.mandatory')}
                  </Badge>
                )}
                {session.status === 'cancelled' && (
                  <Badge size="sm" color="gray.7" tt="none">
                    {t('console.today.cancelledSession')}
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

/** Head count, dietary counts and the medical count, as figures. */
export function DayFigures({ digest }: { digest: Digest }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="day-figures">
      <Title order={3} size="h4" id="day-figures" mb="xs">
        {t('console.today.figures')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed">
            {t('console.today.headCount')}
          </Text>
          <Text fz={32} fw={700} data-testid="head-count">
            {digest.confirmed}
          </Text>
        </Card>
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed">
            {t('console.today.dietary')}
          </Text>
          {digest.dietary.length === 0 ? (
            <Text size="sm">{t('console.today.noDietary')}</Text>
          ) : (
            <List size="sm" spacing={2} data-testid="dietary">
              {digest.dietary.map((item) => (
                <List.Item key={item.need}>
                  {item.need}: <strong>{item.count}</strong>
                </List.Item>
              ))}
            </List>
          )}
        </Card>
        <Card withBorder padding="md">
          <Text size="sm" c="dimmed">
            {t('console.today.medical')}
          </Text>
          <Text fz={32} fw={700} data-testid="medical-count">
            {digest.withMedicalNotes}
          </Text>
        </Card>
      </SimpleGrid>
    </section>
  );
}

/** Who has medical notes, with the notes (organizers and staff may see them). */
export function MedicalPeople({ digest }: { digest: Digest }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="day-medical">
      <Title order={3} size="h4" id="day-medical" mb="xs">
        {t('console.today.medicalPeople')}
      </Title>
      {digest.participantsWithMedicalNotes.length === 0 ? (
        <Text c="dimmed">{t('console.today.noMedical')}</Text>
      ) : (
        <ScrollTable minWidth={560} label={t('console.today.medicalPeople')}>
          <Table striped aria-label={t('console.today.medicalPeople')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('console.today.change.who')}</Table.Th>
                <Table.Th>{t('console.today.change.nationality')}</Table.Th>
                <Table.Th>{t('console.registrations.field.medicalNotes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {digest.participantsWithMedicalNotes.map((person) => (
                <Table.Tr key={person.registrationId}>
                  <Table.Td>{person.fullName}</Table.Td>
                  <Table.Td>{countryName(person.nationality)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{person.medicalNotes}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

export function DigestStack({ children }: { children: React.ReactNode }) {
  return <Stack gap="xl">{children}</Stack>;
}
