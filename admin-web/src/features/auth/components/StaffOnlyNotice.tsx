import { Anchor, Button, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useLogout, type CurrentUserFragment } from '@plannivo/web-kit/auth';
import { BrandMark } from '@plannivo/web-kit/ui';
import { IconArrowRight, IconShieldLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { env } from '../../../app/env';

/** Long enough to read why, short enough that nobody has to click. */
const REDIRECT_SECONDS = 5;

/**
 * Students and customers who sign in here are sent on to the portal (same origin, so the
 * session goes with them): the notice says why, then the redirect happens by itself. Signing
 * out instead stays possible.
 */
export function StaffOnlyNotice({ user }: { user: CurrentUserFragment }) {
  const { t } = useTranslation('auth');
  const { logout, loading } = useLogout();
  const [secondsLeft, setSecondsLeft] = useState(REDIRECT_SECONDS);
  const [cancelled, setCancelled] = useState(false);

  useEffect(() => {
    if (cancelled) return;
    if (secondsLeft <= 0) {
      window.location.replace(env.portalUrl);
      return;
    }
    const timer = setTimeout(() => setSecondsLeft((left) => left - 1), 1000);
    return () => clearTimeout(timer);
  }, [cancelled, secondsLeft]);

  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Stack align="center" gap="lg" maw={460} w="100%">
        <BrandMark />
        <Paper withBorder shadow="sm" p="xl" w="100%">
          <Stack align="center" ta="center" gap="sm">
            <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
              <IconShieldLock size={30} />
            </ThemeIcon>
            <Title order={1} fz="h3">
              {t('staffOnly.title')}
            </Title>
            <Text c="dimmed">{t('staffOnly.body', { name: user.name })}</Text>
            {!cancelled && (
              <Text fz="sm">
                {t('portalRedirect.countdown', { seconds: Math.max(secondsLeft, 0) })}
              </Text>
            )}
            <Group mt="sm">
              <Button
                component="a"
                href={env.portalUrl}
                rightSection={<IconArrowRight size={16} />}
              >
                {t('staffOnly.portalLink')}
              </Button>
            </Group>
            <Anchor
              component="button"
              type="button"
              c="dimmed"
              fz="sm"
              onClick={() => {
                setCancelled(true);
                void logout();
              }}
              disabled={loading}
            >
              {t('staffOnly.logout')}
            </Anchor>
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
