import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { LanguageSwitcher } from '@plannivo/web-kit/locale';
import { BrandMark } from '@plannivo/web-kit/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './LoginLayout.module.css';

/** Phone-first sign-in frame: a brand band with the form card riding over its edge. */
export function LoginLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  return (
    <div className={classes.root}>
      <header className={classes.band}>
        <div className={classes.bandInner}>
          <Group justify="space-between" wrap="nowrap">
            <BrandMark inverted />
            <LanguageSwitcher onDark />
          </Group>
          <Text mt="lg" fz="md" opacity={0.92} maw={320}>
            {tc('tagline')}
          </Text>
        </div>
      </header>
      <main className={classes.main}>
        <Paper shadow="md" radius="lg" p="lg" withBorder>
          <Stack gap={4} mb="lg">
            <Title order={1} fz={26}>
              {t('login.title')}
            </Title>
            <Text c="dimmed" fz="sm">
              {t('login.subtitle')}
            </Text>
          </Stack>
          {children}
        </Paper>
      </main>
    </div>
  );
}
