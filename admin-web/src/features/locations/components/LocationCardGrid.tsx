import { Alert, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { errorMessageKeys, getErrorCode } from '@plannivo/web-kit/errors';
import { useTranslation } from 'react-i18next';
import { useLocations } from '../hooks/useLocations';
import { LocationCard } from './LocationCard';

export function LocationCardGrid() {
  const { t } = useTranslation('dashboard');
  const { t: tc } = useTranslation();
  const { locations, loading, error } = useLocations();

  if (error) return <Alert color="red">{tc(errorMessageKeys[getErrorCode(error)])}</Alert>;
  if (!loading && locations.length === 0) return <Text c="dimmed">{t('empty')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
      {loading
        ? [0, 1].map((i) => <Skeleton key={i} height={220} radius="lg" />)
        : locations.map((location) => <LocationCard key={location.id} location={location} />)}
    </SimpleGrid>
  );
}
