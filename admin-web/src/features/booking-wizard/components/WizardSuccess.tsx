import { Anchor, Badge, Button, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WizardBookingFieldsFragment } from '../../../gql/graphql';
import { formatLocalDateTime, localTimeOf } from '../lib/zoned';
import { StatusBadge } from './StatusBadge';

/** Booked: what was made, with a link to each booking, and a way to book the next one. */
export function WizardSuccess({
  bookings,
  zone,
  onAgain,
}: {
  bookings: WizardBookingFieldsFragment[];
  zone: string;
  onAgain: () => void;
}) {
  const { t } = useTranslation('bookingWizard');
  const language = useCurrentLanguage();
  const first = bookings[0];
  return (
    <Stack gap="md" align="flex-start">
      <Group gap="sm">
        <ThemeIcon color="teal" variant="light" size="xl" radius="xl">
          <IconCircleCheck size={26} />
        </ThemeIcon>
        <Title order={2} fz="h3">
          {t('success.title', { count: bookings.length })}
        </Title>
      </Group>
      {first && (
        <Text>
          {t('success.body', {
            service: first.service.name,
            people: first.customers.map((c) => c.name).join(', '),
          })}
        </Text>
      )}
      <List spacing="xs" listStyleType="none" p={0}>
        {bookings.map((b) => (
          <List.Item key={b.id}>
            <Group gap="sm">
              <Anchor component={Link} to={`/bookings/${b.id}`} fw={600}>
                {t('success.open', {
                  when: `${formatLocalDateTime(b.startsAt, zone, language)}–${localTimeOf(b.endsAt, zone)}`,
                })}
              </Anchor>
              <StatusBadge status={b.status} />
              <Badge variant="light" tt="none" color="gray">
                {b.price.formatted}
              </Badge>
              {b.instructor && (
                <Text fz="sm" c="dimmed">
                  {b.instructor.name}
                </Text>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <Button leftSection={<IconPlus size={16} />} variant="light" onClick={onAgain}>
        {t('success.again')}
      </Button>
    </Stack>
  );
}
