import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { CatalogView } from '../features/catalog';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/catalog`: what each location sells — lessons, rentals, rooms, and packages of them. */
export function CatalogPage() {
  const { t } = useTranslation('catalog');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <CatalogView />
    </Stack>
  );
}
