import { Anchor, Avatar, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerLinkFieldsFragment } from '../../../gql/graphql';
import { BirthDate } from './BirthDate';
import { customerPath } from './viewProps';

/** Another record named on a customer's page: its name (a link), contact and birth date. */
export function PersonLink({
  person,
  action,
}: {
  person: CustomerLinkFieldsFragment;
  action?: ReactNode;
}) {
  const { t } = useTranslation('customers');
  const contact = [person.email, person.phone].filter(Boolean).join(' · ');
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '1 1 260px' }}>
        <Avatar
          name={person.name}
          color="initials"
          size={36}
          radius="xl"
          style={{ flexShrink: 0 }}
          aria-hidden
        />
        <Stack gap={2} miw={0}>
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={customerPath(person.id)} fz="sm" fw={600} truncate="end">
              {person.name}
            </Anchor>
            {person.user && (
              <Badge size="xs" variant="dot" color="teal" style={{ flexShrink: 0 }}>
                {t('duplicates.hasAccount')}
              </Badge>
            )}
          </Group>
          {contact && (
            <Text fz="xs" c="dimmed" truncate="end">
              {contact}
            </Text>
          )}
          {Boolean(person.birthDate) && (
            <Group gap={4} wrap="nowrap">
              <Text fz="xs" c="dimmed">
                {t('family.born')}
              </Text>
              <BirthDate value={person.birthDate} fz="xs" c="dimmed" />
            </Group>
          )}
        </Stack>
      </Group>
      {action}
    </Group>
  );
}
