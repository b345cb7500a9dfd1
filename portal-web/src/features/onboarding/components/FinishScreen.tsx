import { Button, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconConfetti } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The end of the onboarding: a thank-you and the way home. */
export function FinishScreen() {
  const { t } = useTranslation('onboarding');
  return (
    <Paper withBorder radius="lg" p="xl">
      <Stack align="center" gap="md" ta="center">
        <ThemeIcon size={72} radius="xl" variant="light" color="teal" aria-hidden>
          <IconConfetti size={40} stroke={1.6} />
        </ThemeIcon>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('done.title')}
        </Title>
        <Text c="dimmed">{t('done.body')}</Text>
        <Button component={Link} to="/" replace size="md" fullWidth mt="sm">
          {t('done.home')}
        </Button>
      </Stack>
    </Paper>
  );
}
