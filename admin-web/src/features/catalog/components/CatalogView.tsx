import { Badge, EmptyState, Group, Paper, Select, Skeleton, Stack, Tabs } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { IconMapPin, IconMapPinOff, IconPackage, IconSailboat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { canAccess } from '../../../shared/lib/can';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { useCatalogLocations } from '../hooks/useCatalog';
import { PackagesPanel } from './PackagesPanel';
import { ServicesPanel } from './ServicesPanel';

const TABS = ['services', 'packages'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => TABS.includes(value as Tab);

/**
 * What one location sells, chosen at the top (kept in the URL, `?location=…&tab=packages`):
 * its services and its packages, each priced in the location's currency.
 */
export function CatalogView() {
  const { t } = useTranslation('catalog');
  const { user } = useCurrentUser();
  const canEdit = user !== null && canAccess(user.role, 'catalog', 'update');
  const { locations, loading, error, retry } = useCatalogLocations();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'services';
  const location = locations.find((l) => l.id === params.get('location')) ?? locations[0] ?? null;

  const setParam = (name: string, value: string | null, fallback?: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && value !== fallback) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  if (loading) {
    return (
      <Stack gap="lg" aria-busy>
        <Skeleton height={36} width={320} radius="sm" />
        <Skeleton height={360} radius="lg" />
      </Stack>
    );
  }
  if (error !== undefined) {
    return (
      <Paper withBorder radius="lg">
        <ErrorState title={t('locationsErrorTitle')} error={error} onRetry={retry} />
      </Paper>
    );
  }
  if (!location) {
    return (
      <EmptyState
        py={56}
        withIndicatorBackground
        icon={<IconMapPinOff size={26} />}
        title={t('noLocationsTitle')}
        description={t('noLocationsBody')}
      />
    );
  }

  return (
    <Stack gap="lg">
      <Group gap="sm" align="flex-end">
        <Select
          label={t('location')}
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          value={location.id}
          onChange={(id) => setParam('location', id)}
          allowDeselect={false}
          searchable={locations.length > 8}
          leftSection={<IconMapPin size={16} aria-hidden />}
          w={{ base: '100%', xs: 320 }}
        />
        <Badge variant="light" size="lg" radius="sm" tt="none" mb={4}>
          {t('pricesIn', { currency: location.currency })}
        </Badge>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setParam('tab', value, 'services')}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('tabsLabel')} mb="lg">
          <Tabs.Tab value="services" leftSection={<IconSailboat size={16} aria-hidden />}>
            {t('tabs.services')}
          </Tabs.Tab>
          <Tabs.Tab value="packages" leftSection={<IconPackage size={16} aria-hidden />}>
            {t('tabs.packages')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="services">
          <ServicesPanel
            key={location.id}
            locationId={location.id}
            currency={location.currency}
            canEdit={canEdit}
          />
        </Tabs.Panel>
        <Tabs.Panel value="packages">
          <PackagesPanel
            key={location.id}
            locationId={location.id}
            currency={location.currency}
            canEdit={canEdit}
          />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
