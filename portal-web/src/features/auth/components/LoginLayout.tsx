import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { AuthLayoutProps } from '@plannivo/web-kit/auth';
import { LanguageSwitcher } from '@plannivo/web-kit/locale';
import { BrandMark } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import classes from './LoginLayout.module.css';

/**
 * Phone-first frame of the public account pages (sign-in, sign-up, forgot and reset
 * password): a brand band with the form card riding over its edge.
 */
export function LoginLayout({ title, subtitle, children }: AuthLayoutProps) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  // The sign-in page passes nothing and gets its own heading.
  const heading = title ?? t('login.title');
  const intro = title ? subtitle : t('login.subtitle');
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
              {heading}
            </Title>
            {intro && (
              <Text c="dimmed" fz="sm">
                {intro}
              </Text>
            )}
          </Stack>
          {children}
        </Paper>
      </main>
    </div>
  );
}
