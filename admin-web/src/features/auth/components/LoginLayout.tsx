import { Box, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { LanguageSwitcher } from '@plannivo/web-kit/locale';
import { BrandMark } from '@plannivo/web-kit/ui';
import { IconCheck } from '@tabler/icons-react';
import type { AuthLayoutProps } from '@plannivo/web-kit/auth';
import { useTranslation } from 'react-i18next';
import classes from './LoginLayout.module.css';

/**
 * Frame of the public account pages (sign-in, forgot and reset password, invitations): brand
 * panel on desks, just the form on phones.
 */
export function LoginLayout({ title, subtitle, children }: AuthLayoutProps) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  // The sign-in page passes nothing and gets its own heading.
  const heading = title ?? t('login.title');
  const intro = title ? subtitle : t('login.subtitle');
  return (
    <div className={classes.root}>
      <aside className={classes.hero}>
        <BrandMark size="lg" inverted caption={tc('workspace')} />
        <Stack gap="lg" maw={460} style={{ position: 'relative', zIndex: 1 }}>
          <Text component="p" fz={34} fw={800} lh={1.15} m={0}>
            {t('login.heroTitle')}
          </Text>
          <Text fz="lg" opacity={0.9}>
            {t('login.heroBody')}
          </Text>
          <List
            spacing="sm"
            icon={
              <ThemeIcon size={24} radius="xl" variant="white" aria-hidden>
                <IconCheck size={14} stroke={3} />
              </ThemeIcon>
            }
          >
            <List.Item>{t('login.heroPoint1')}</List.Item>
            <List.Item>{t('login.heroPoint2')}</List.Item>
            <List.Item>{t('login.heroPoint3')}</List.Item>
          </List>
        </Stack>
        <Text fz="sm" opacity={0.75} style={{ position: 'relative', zIndex: 1 }}>
          {tc('tagline')}
        </Text>
      </aside>
      <main className={classes.main}>
        <Group justify="space-between">
          <Box hiddenFrom="md">
            <BrandMark size="sm" />
          </Box>
          <Box ml="auto">
            <LanguageSwitcher />
          </Box>
        </Group>
        <div className={classes.formArea}>
          <Paper withBorder shadow="md" radius="lg" p={{ base: 'lg', sm: 40 }} w="100%" maw={440}>
            <Stack gap={4} mb="xl">
              <Title order={1} fz={28}>
                {heading}
              </Title>
              {intro && <Text c="dimmed">{intro}</Text>}
            </Stack>
            {children}
          </Paper>
        </div>
      </main>
    </div>
  );
}
