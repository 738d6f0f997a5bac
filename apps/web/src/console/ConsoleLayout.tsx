import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useSession } from '../auth/useSession';
import { Loading } from '../common/QueryStates';
import { hasConsole } from './roles';

/**
 * Every console page: for organizers, staff and admins only. A participant who follows a link
 * here is told so (the API refuses them anyway).
 */
export default function ConsoleLayout() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (!hasConsole(session.data))
    return (
      <Stack gap="sm" py="xl">
        <Title order={1}>{t('console.notForYouTitle')}</Title>
        <Text>{t('console.notForYouBody')}</Text>
      </Stack>
    );
  return <Outlet />;
}
