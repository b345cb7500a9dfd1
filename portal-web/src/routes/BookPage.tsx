import { Stack, Title } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { BookFlow } from '../features/booking';

export function BookPage() {
  const { t } = useTranslation('booking');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="lg">
      <Title order={1} fz={{ base: 26, sm: 32 }}>
        {t('title')}
      </Title>
      <BookFlow />
    </Stack>
  );
}
