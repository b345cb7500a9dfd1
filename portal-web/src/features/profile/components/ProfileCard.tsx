import { Badge, Button, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useLogout, type CurrentUserFragment } from '@plannivo/web-kit/auth';
import { LanguageSwitcher } from '@plannivo/web-kit/locale';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MarketingConsentCard } from './MarketingConsentCard';
import { SecurityLinkCard } from './SecurityLinkCard';

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz="md" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </div>
  );
}

/**
 * The profile: details, the way to sign-in and security (`securityPath`), language, email
 * preferences and "Log out".
 */
export function ProfileCard({
  user,
  securityPath,
}: {
  user: CurrentUserFragment;
  securityPath: string;
}) {
  const { t } = useTranslation('profile');
  const { t: tc } = useTranslation();
  const { logout, loading } = useLogout();

  return (
    <Stack gap="md">
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="md">
          <Title order={2} fz="h4">
            {t('details')}
          </Title>
          <Detail label={t('name')} value={user.name} />
          <Detail label={t('email')} value={user.email} />
          <div>
            <Text fz="xs" c="dimmed" fw={600} tt="uppercase" mb={4}>
              {t('role')}
            </Text>
            <Badge variant="light" size="lg" radius="sm">
              {tc(`roles.${user.role}`)}
            </Badge>
          </div>
        </Stack>
      </Paper>
      <SecurityLinkCard to={securityPath} />
      <Paper withBorder radius="lg" p="lg">
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t('language')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('languageHint')}
          </Text>
          <LanguageSwitcher size="lg" fullWidth showNames />
        </Stack>
      </Paper>
      <MarketingConsentCard />
      <Divider />
      <Button
        variant="default"
        size="md"
        leftSection={<IconLogout size={18} aria-hidden />}
        onClick={() => void logout()}
        loading={loading}
      >
        {t('logout')}
      </Button>
    </Stack>
  );
}
