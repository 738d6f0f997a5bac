import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder until this console page is written. */
export default function OrganizationPage() {
  const { t } = useTranslation();
  return (
    <Title order={2} size="h3">
      {t('console.organization')}
    </Title>
  );
}
