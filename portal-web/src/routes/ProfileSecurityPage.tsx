import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { ChangePasswordPanel, SignedInDevicesPanel } from '@plannivo/web-kit/account';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconChevronLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** `/profile/security`: signed-in devices and the password, one below the other on a phone. */
export function ProfileSecurityPage() {
  const { t } = useTranslation('account');
  const { t: tc } = useTranslation();
  usePageTitle(t('security.title'));
  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to="/profile" fz="sm" fw={600}>
          <Group gap={4} wrap="nowrap" component="span">
            <IconChevronLeft size={16} aria-hidden />
            {tc('nav.profile')}
          </Group>
        </Anchor>
        <Title order={1} fz={{ base: 26, sm: 32 }} mt="xs">
          {t('security.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('security.subtitle')}
        </Text>
      </div>
      <SignedInDevicesPanel />
      <ChangePasswordPanel />
    </Stack>
  );
}
