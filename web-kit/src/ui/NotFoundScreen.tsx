import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BrandMark } from './BrandMark';
import { usePageTitle } from './usePageTitle';

/** Any path under the app that matches no route; the way home is worded by each app. */
export function NotFoundScreen() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Stack align="center" ta="center" gap="md" maw={440}>
        <BrandMark />
        <Text fz={72} fw={800} c="ocean.2" lh={1} aria-hidden>
          404
        </Text>
        <Title order={1} fz="h2">
          {t('notFound.title')}
        </Title>
        <Text c="dimmed">{t('notFound.body')}</Text>
        <Button component={Link} to="/">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
}
