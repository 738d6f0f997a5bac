import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useSession } from '../auth/useSession';
import { Loading } from '../common/QueryStates';
import i18n from '@/i18n';
import { consoleEn } from './console.en';
import { hasConsole } from './roles';

// The console's words arrive with the console's code, not in every participant's download.
i18n.addResourceBundle('en', 'translation', { console: consoleEn }, true, false);

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
