import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { EquipmentView } from '../features/equipment';

/** `/equipment`: a location's gear, filtered, and what is free at a chosen time. */
export function EquipmentPage() {
  const { t } = useTranslation('equipment');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <EquipmentView />
    </Stack>
  );
}
