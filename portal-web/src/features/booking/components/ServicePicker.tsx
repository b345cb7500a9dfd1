import { Badge, Group, Paper, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BookServicesQuery } from '../../../gql/graphql';

export type BookService = BookServicesQuery['services'][number];

/** `Lesson · 2 hours · Private` */
export function useServiceFacts() {
  const { t } = useTranslation('booking');
  return (service: BookService) => {
    const hours = Math.floor(service.durationMinutes / 60);
    const minutes = service.durationMinutes % 60;
    return [
      t(`kinds.${service.kind}`),
      hours && minutes
        ? t('duration.hoursMinutes', { hours, minutes })
        : hours
          ? t('duration.hours', { count: hours })
          : t('duration.minutes', { count: minutes }),
      service.lessonFormat ? t(`formats.${service.lessonFormat}`) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  };
}

/** Step 1: what to book, by location. One tap chooses and moves on. */
export function ServicePicker({
  services,
  loading,
  onChoose,
}: {
  services: readonly BookService[];
  loading: boolean;
  onChoose: (service: BookService) => void;
}) {
  const { t } = useTranslation('booking');
  const facts = useServiceFacts();
  if (loading)
    return (
      <Stack gap="sm">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={76} radius="md" />
        ))}
      </Stack>
    );
  if (!services.length) return <Text c="dimmed">{t('service.none')}</Text>;
  const byLocation = new Map<string, BookService[]>();
  for (const s of services)
    byLocation.set(s.location.name, [...(byLocation.get(s.location.name) ?? []), s]);
  return (
    <Stack gap="lg">
      {[...byLocation.entries()].map(([location, list]) => (
        <Stack key={location} gap="xs" component="section" aria-label={location}>
          <Title order={2} fz="h5" c="dimmed">
            {location}
          </Title>
          {list.map((service) => (
            <UnstyledButton key={service.id} onClick={() => onChoose(service)} w="100%">
              <Paper withBorder radius="md" p="sm">
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text fw={600}>{service.name}</Text>
                    <Text fz="sm" c="dimmed">
                      {facts(service)}
                    </Text>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <Badge variant="light" tt="none">
                      {service.price.formatted}
                    </Badge>
                    <IconChevronRight size={18} aria-hidden />
                  </Group>
                </Group>
              </Paper>
            </UnstyledButton>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
