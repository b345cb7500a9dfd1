import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconChevronRight, IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way from the profile to the password and signed-in devices, one tap on a phone. */
export function SecurityLinkCard({ to }: { to: string }) {
  const { t } = useTranslation('account');
  return (
    <Paper
      component={Link}
      to={to}
      withBorder
      radius="lg"
      p="lg"
      style={{ textDecoration: 'none', color: 'inherit', display: 'block' }}
    >
      <Group gap="md" wrap="nowrap">
        <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
          <IconShieldLock size={24} stroke={1.7} />
        </ThemeIcon>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text fw={700} fz="lg">
            {t('security.title')}
          </Text>
          <Text fz="sm" c="dimmed">
            {t('security.subtitle')}
          </Text>
        </div>
        <IconChevronRight size={20} aria-hidden style={{ flexShrink: 0 }} />
      </Group>
    </Paper>
  );
}
