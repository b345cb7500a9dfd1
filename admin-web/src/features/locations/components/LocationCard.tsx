import { Badge, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { formatUtcOffset, LocalTime, useNow } from '@plannivo/web-kit/time';
import { IconClock, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LocationFieldsFragment } from '../../../gql/graphql';

export function LocationCard({ location }: { location: LocationFieldsFragment }) {
  const { t } = useTranslation('dashboard');
  const language = useCurrentLanguage();
  const offset = formatUtcOffset(useNow(), location.timezone, language);
  return (
    <Card withBorder radius="lg" padding="lg" component="article" aria-label={location.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
            <IconMapPin size={22} />
          </ThemeIcon>
          <Text component="h3" fw={700} fz="lg" m={0} lh={1.2}>
            {location.name}
          </Text>
        </Group>
        {offset && (
          <Badge variant="light" color="teal" size="lg" radius="sm" style={{ flexShrink: 0 }}>
            {offset}
          </Badge>
        )}
      </Group>
      <Stack gap={6}>
        <Group gap={6} c="dimmed" fz="sm">
          <IconClock size={16} aria-hidden />
          <Text span fz="sm">
            {t('localTime')}
          </Text>
        </Group>
        <Text fz={32} fw={700} lh={1} style={{ fontVariantNumeric: 'tabular-nums' }}>
          <LocalTime
            timeZone={location.timezone}
            options={{ hour: '2-digit', minute: '2-digit' }}
          />
        </Text>
        <Text fz="sm" c="dimmed">
          <LocalTime
            timeZone={location.timezone}
            options={{ weekday: 'long', day: 'numeric', month: 'long' }}
          />
        </Text>
      </Stack>
      <Group
        gap="lg"
        mt="lg"
        pt="md"
        style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      >
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('timezone')}
          </Text>
          <Text fz="sm">{location.timezone}</Text>
        </div>
        <div>
          <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('currency')}
          </Text>
          <Text fz="sm">{location.currency}</Text>
        </div>
      </Group>
    </Card>
  );
}
