import {
  Alert,
  Badge,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertCircle, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/ui/ErrorState';
import type { useWizardCatalog, WizardService } from '../hooks/useWizardData';
import { ServiceFacts } from './ServiceFacts';

/** Step 1: where, and what is booked. */
export function ServiceStep({
  catalog,
  locationId,
  serviceId,
  onLocation,
  onService,
}: {
  catalog: ReturnType<typeof useWizardCatalog>;
  locationId: string | null;
  serviceId: string | null;
  onLocation: (locationId: string) => void;
  onService: (service: WizardService) => void;
}) {
  const { t } = useTranslation('bookingWizard');
  if (catalog.locationsError) {
    return <ErrorState title={t('service.locationsFailed')} error={catalog.locationsError} />;
  }
  return (
    <Stack gap="lg">
      {catalog.prefillMissing && (
        <Alert color="yellow" variant="light" icon={<IconAlertCircle aria-hidden />}>
          {t('service.prefillMissing')}
        </Alert>
      )}
      <Select
        label={t('service.location')}
        placeholder={
          catalog.locationsLoading ? t('service.loading') : t('service.locationPlaceholder')
        }
        data={catalog.locations.map((l) => ({ value: l.id, label: l.name }))}
        value={locationId}
        onChange={(value) => value && onLocation(value)}
        leftSection={<IconMapPin size={16} aria-hidden />}
        disabled={catalog.locationsLoading}
        allowDeselect={false}
        maw={420}
      />
      {locationId && catalog.servicesError && (
        <ErrorState
          title={t('service.servicesFailed')}
          error={catalog.servicesError}
          onRetry={() => void catalog.refetchServices()}
        />
      )}
      {locationId && catalog.servicesLoading && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={84} radius="md" />
          ))}
        </SimpleGrid>
      )}
      {locationId && !catalog.servicesLoading && !catalog.servicesError && (
        <Radio.Group
          label={t('service.service')}
          value={serviceId}
          onChange={(id) => {
            const service = catalog.services.find((s) => s.id === id);
            if (service) onService(service);
          }}
        >
          {catalog.services.length === 0 ? (
            <Text c="dimmed" mt="sm">
              {t('service.none')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
              {catalog.services.map((service) => (
                <Radio.Card key={service.id} value={service.id} radius="md" p="md">
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator aria-hidden />
                    <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                      <Group justify="space-between" gap="xs" wrap="nowrap">
                        <Text fw={600}>{service.name}</Text>
                        <Badge variant="light" tt="none">
                          {service.price.formatted}
                        </Badge>
                      </Group>
                      <ServiceFacts service={service} />
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          )}
        </Radio.Group>
      )}
    </Stack>
  );
}
