import { Alert, Card, Group, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import { errorMessageKeys, getErrorCode } from '@plannivo/web-kit/errors';
import { LocalTime } from '@plannivo/web-kit/time';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocations } from '../hooks/useLocations';

/** The school's locations as a phone-sized list: where, and what time it is there now. */
export function LocationList() {
  const { t } = useTranslation('home');
  const { t: tc } = useTranslation();
  const { locations, loading, error } = useLocations();

  if (error) return <Alert color="red">{tc(errorMessageKeys[getErrorCode(error)])}</Alert>;
  if (loading) {
    return (
      <Stack gap="sm">
        <Skeleton height={84} radius="lg" />
        <Skeleton height={84} radius="lg" />
      </Stack>
    );
  }
  if (locations.length === 0) return <Text c="dimmed">{t('empty')}</Text>;

  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {locations.map((location) => (
        <Card key={location.id} component="li" withBorder radius="lg" padding="md">
          <Group justify="space-between" wrap="nowrap" align="center">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
                <IconMapPin size={24} />
              </ThemeIcon>
              <div style={{ minWidth: 0 }}>
                <Text fw={700} lh={1.25}>
                  {location.name}
                </Text>
                <Text fz="sm" c="dimmed" lh={1.3} mt={2}>
                  {t('currency', { currency: location.currency })}
                </Text>
              </div>
            </Group>
            <div style={{ textAlign: 'right', flexShrink: 0 }}>
              <Text fz="xl" fw={700} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }}>
                <LocalTime
                  timeZone={location.timezone}
                  options={{ hour: '2-digit', minute: '2-digit' }}
                />
              </Text>
              <Text fz="xs" c="dimmed">
                {t('localTime')}
              </Text>
            </div>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
