import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { consoleRole } from '../roles';
import {
  type MemberRole,
  useMembers,
  useOrganization,
  useRemoveMember,
  useSetMember,
} from './queries';
import { isApiError } from '@/api/errors';
import { showServerErrors } from '@/api/form-errors';
import type { Schemas } from '@/api/types';
import { useSession } from '@/auth/useSession';
import { LoadError, Loading, useErrorMessage } from '@/common/QueryStates';

type Member = Schemas['MembershipDto'];

/** One organization: its members and their roles (organizers and admins change them). */
export default function OrganizationPage() {
  const { t } = useTranslation();
  const { organizationId = '' } = useParams();
  const session = useSession();
  const organization = useOrganization(organizationId);
  const members = useMembers(organizationId);
  const canManage = consoleRole(session.data, organizationId) === 'organizer';

  if (organization.isPending) return <Loading />;
  if (organization.isError)
    return <LoadError error={organization.error} onRetry={() => void organization.refetch()} />;

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={RouterLink} to="/console" size="sm">
          {t('console.backToConsole')}
        </Anchor>
        <Title order={1} mt={4}>
          {organization.data.name}
        </Title>
        <Text c="dimmed">{t('console.members.subtitle')}</Text>
      </div>
      {canManage && <AddMember organizationId={organizationId} />}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="members-title">
        <Title order={2} size="h3" id="members-title" mb="sm">
          {t('console.members.title')}
        </Title>
        {members.isPending ? (
          <Loading />
        ) : members.isError ? (
          <LoadError error={members.error} onRetry={() => void members.refetch()} />
        ) : (
          <MemberTable
            organizationId={organizationId}
            members={members.data.items}
            canManage={canManage}
          />
        )}
      </Paper>
    </Stack>
  );
}

function roleOptions(t: (key: string) => string) {
  return (['organizer', 'staff'] as const).map((role) => ({
    value: role,
    label: t(`console.roles.${role}`),
  }));
}

function AddMember({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const setMember = useSetMember(organizationId);
  const message = useErrorMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', role: 'staff' as MemberRole },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value.trim()) ? null : t('console.members.emailInvalid')),
    },
  });
  const submit = form.onSubmit((values) => {
    setProblem(null);
    setAdded(null);
    const email = values.email.trim();
    setMember.mutate(
      { email, role: values.role },
      {
        onSuccess: () => {
          setAdded(email);
          form.reset();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 404) {
            form.setFieldError('email', t('console.members.noSuchUser'));
            return;
          }
          const unclaimed = showServerErrors(form, error);
          if (!isApiError(error) || error.details.length === 0 || unclaimed.length > 0)
            setProblem(unclaimed.join(' ') || message(error));
        },
      },
    );
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="add-member-title">
      <Title order={2} size="h3" id="add-member-title" mb="xs">
        {t('console.members.add')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput
            label={t('console.members.email')}
            type="email"
            autoComplete="off"
            style={{ flex: 1, minWidth: 240 }}
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <Select
            label={t('console.members.role')}
            data={roleOptions(t)}
            allowDeselect={false}
            w={180}
            key={form.key('role')}
            {...form.getInputProps('role')}
          />
          <Button type="submit" mt={25} loading={setMember.isPending}>
            {t('console.members.addButton')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed" mt="xs">
          {t('console.members.emailHint')} {t('console.members.roleHint')}
        </Text>
        {problem && (
          <Alert color="red" role="alert" mt="sm">
            {problem}
          </Alert>
        )}
        {added && (
          <Alert color="teal" role="status" mt="sm">
            {t('console.members.added', { email: added })}
          </Alert>
        )}
      </form>
    </Paper>
  );
}

function MemberTable({
  organizationId,
  members,
  canManage,
}: {
  organizationId: string;
  members: Member[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const setMember = useSetMember(organizationId);
  const remove = useRemoveMember(organizationId);
  const message = useErrorMessage();
  const [removing, setRemoving] = useState<Member | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const explain = (error: unknown) =>
    setProblem(
      isApiError(error, 'LAST_ORGANIZER') ? t('console.members.lastOrganizer') : message(error),
    );

  return (
    <>
      {problem && (
        <Alert color="red" role="alert" mb="sm" withCloseButton onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('console.members.name')}</Table.Th>
              <Table.Th>{t('console.members.email')}</Table.Th>
              <Table.Th>{t('console.members.role')}</Table.Th>
              {canManage && (
                <Table.Th>
                  <VisuallyHidden component="span">{t('console.members.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.userId}>
                <Table.Td>{member.fullName ?? '—'}</Table.Td>
                <Table.Td>{member.email ?? '—'}</Table.Td>
                <Table.Td>
                  {canManage && member.email ? (
                    <Select
                      aria-label={t('console.members.roleOf', {
                        name: member.fullName ?? member.email,
                      })}
                      data={roleOptions(t)}
                      value={member.role}
                      allowDeselect={false}
                      w={160}
                      size="xs"
                      onChange={(value) => {
                        if (!value || value === member.role || !member.email) return;
                        setProblem(null);
                        setMember.mutate(
                          { email: member.email, role: value as MemberRole },
                          { onError: explain },
                        );
                      }}
                    />
                  ) : (
                    t(`console.roles.${member.role}`)
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      variant="subtle"
                      color="red"
                      c="red.9"
                      size="xs"
                      onClick={() => {
                        setProblem(null);
                        setRemoving(member);
                      }}
                    >
                      {t('console.members.remove')}
                      <VisuallyHidden component="span">
                        {' '}
                        {member.fullName ?? member.email}
                      </VisuallyHidden>
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('console.members.removeTitle')}
      >
        <Stack gap="md">
          <Text>
            {t('console.members.removeBody', {
              name: removing?.fullName ?? removing?.email ?? '',
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={remove.isPending}
              onClick={() => {
                if (!removing) return;
                remove.mutate(removing.userId, {
                  onSettled: () => setRemoving(null),
                  onError: explain,
                });
              }}
            >
              {t('console.members.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
