import { Avatar, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { SkillBadges } from './SkillBadges';
import { customerPath, type CustomersViewProps } from './viewProps';

const SKELETON_ITEMS = 6;

/** The phone view: one tappable block per record, opening its page. */
export function CustomersList({ customers, loading }: CustomersViewProps) {
  const { t } = useTranslation('customers');

  if (loading) {
    return (
      <Stack gap={0} aria-hidden>
        {Array.from({ length: SKELETON_ITEMS }, (_, i) => (
          <Stack key={i} gap={8} p="md" style={{ borderTop: i ? rowBorder : undefined }}>
            <Skeleton height={14} width="55%" radius="sm" />
            <Skeleton height={10} width="75%" radius="sm" />
            <Skeleton height={18} width={120} radius="sm" />
          </Stack>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {customers.map((customer, i) => {
        const contact = [customer.phone, customer.email].filter(Boolean).join(' · ');
        return (
          <li key={customer.id} style={{ borderTop: i ? rowBorder : undefined }}>
            <UnstyledButton component={Link} to={customerPath(customer.id)} w="100%" p="md">
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }} align="flex-start">
                  <Avatar
                    name={customer.name}
                    color="initials"
                    size={36}
                    radius="xl"
                    style={{ flexShrink: 0 }}
                    aria-hidden
                  />
                  <Stack gap={6} miw={0}>
                    <Text fz="sm" fw={600} truncate="end">
                      {customer.name}
                    </Text>
                    <Text fz="xs" c="dimmed" truncate="end">
                      {contact || t('noContact')}
                    </Text>
                    {customer.skills.length > 0 && <SkillBadges skills={customer.skills} />}
                    {customer.tags.length > 0 && (
                      <Text fz="xs" c="dimmed" truncate="end">
                        {customer.tags.map((tag) => `#${tag}`).join(' ')}
                      </Text>
                    )}
                  </Stack>
                </Group>
                <IconChevronRight size={18} color="var(--mantine-color-dimmed)" aria-hidden />
              </Group>
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}
