import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';

/** Last resort for a route that failed to load or render (often a stale chunk after a deploy). */
export function CrashScreen() {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Stack align="center" ta="center" gap="md" maw={440}>
        <BrandMark />
        <Title order={1} fz="h2">
          {t('crash.title')}
        </Title>
        <Text c="dimmed">{t('crash.body')}</Text>
        <Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>
      </Stack>
    </Center>
  );
}
