import { Button, Center, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCloudOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessageKeys, getErrorCode } from '../../errors';

/** The account could not be loaded. The app retries by itself when the API is back. */
export function SessionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const code = getErrorCode(error);
  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder shadow="sm" p="xl" maw={420} w="100%">
        <Stack align="center" ta="center" gap="sm">
          <ThemeIcon size={56} radius="xl" variant="light" color="gray" aria-hidden>
            <IconCloudOff size={30} />
          </ThemeIcon>
          <Title order={1} fz="h3">
            {t('unreachable.title')}
          </Title>
          <Text c="dimmed">
            {code === 'NETWORK_ERROR' ? t('unreachable.body') : t(errorMessageKeys[code])}
          </Text>
          <Button variant="light" onClick={onRetry}>
            {t('unreachable.retry')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
