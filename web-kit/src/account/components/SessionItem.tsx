import { Badge, Box, Button, Group, Text, ThemeIcon } from '@mantine/core';
import {
  IconDeviceDesktop,
  IconDeviceMobile,
  IconDeviceTablet,
  IconDeviceUnknown,
  IconLogout2,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionFieldsFragment } from '../../gql/graphql';
import { useCurrentLanguage } from '../../locale/hooks/useCurrentLanguage';
import { formatLastActive, formatSessionDate, isActiveNow } from '../sessionTime';
import { describeUserAgent, type DeviceKind } from '../userAgent';

const DEVICE_ICONS = {
  desktop: IconDeviceDesktop,
  phone: IconDeviceMobile,
  tablet: IconDeviceTablet,
  unknown: IconDeviceUnknown,
} satisfies Record<DeviceKind, unknown>;

/** An instant in words, the full date and time on hover, and a machine-readable `<time>`. */
function Instant({ iso, text, language }: { iso: string; text: string; language: string }) {
  return (
    <time dateTime={iso} title={formatSessionDate(iso, language)}>
      {text}
    </time>
  );
}

/**
 * One signed-in device: what it is, from where, since when, when last used. Another device
 * has a "Sign out" button; this one a badge instead (signing out here is "Log out").
 */
export function SessionItem({
  session,
  deviceName,
  now,
  divided,
  onSignOut,
}: {
  session: SessionFieldsFragment;
  /** The device in words (`useDeviceName`). */
  deviceName: string;
  now: Date;
  /** A line above it: every item but the first. */
  divided: boolean;
  onSignOut: () => void;
}) {
  const { t } = useTranslation('account');
  const language = useCurrentLanguage();
  const Icon = DEVICE_ICONS[describeUserAgent(session.userAgent).kind];
  const activeNow = session.current || isActiveNow(session.lastUsedAt, now);

  return (
    <Group
      component="li"
      gap="sm"
      py="sm"
      wrap="nowrap"
      align="flex-start"
      aria-label={deviceName}
      style={divided ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
    >
      <ThemeIcon
        size={40}
        radius="md"
        variant="light"
        color={session.current ? 'teal' : 'gray'}
        aria-hidden
      >
        <Icon size={22} stroke={1.6} />
      </ThemeIcon>
      {/* The button sits beside the text on a desk and wraps under it on a phone. */}
      <Group justify="space-between" align="center" gap="sm" style={{ flex: 1, minWidth: 0 }}>
        <Box style={{ flex: '1 1 220px', minWidth: 0 }}>
          <Group gap={8} wrap="wrap" align="center">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {deviceName}
            </Text>
            {session.current && (
              <Badge color="teal" variant="light" radius="sm">
                {t('sessions.thisDevice')}
              </Badge>
            )}
          </Group>
          <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {session.ip ? t('sessions.ip', { ip: session.ip }) : t('sessions.unknownIp')}
          </Text>
          <Text fz="sm" c="dimmed">
            <Instant
              iso={session.createdAt}
              language={language}
              text={t('sessions.signedIn', {
                date: formatSessionDate(session.createdAt, language),
              })}
            />
          </Text>
          <Text fz="sm" c={activeNow ? 'teal.8' : 'dimmed'}>
            {activeNow ? (
              t('sessions.activeNow')
            ) : (
              <Instant
                iso={session.lastUsedAt}
                language={language}
                text={t('sessions.lastActive', {
                  when: formatLastActive(session.lastUsedAt, now, language),
                })}
              />
            )}
          </Text>
        </Box>
        {!session.current && (
          <Button
            variant="default"
            size="sm"
            leftSection={<IconLogout2 size={16} aria-hidden />}
            onClick={onSignOut}
            aria-label={t('sessions.signOutDevice', { device: deviceName })}
          >
            {t('sessions.signOut')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
