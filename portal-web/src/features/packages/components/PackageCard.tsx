import {
  ActionIcon,
  Badge,
  CopyButton,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCheck, IconCopy, IconGift } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, localDateOf } from '../../booking';
import type { MyPackage } from '../hooks/useMyPackages';
import { daysUntil, hoursAndMinutes, leftPercent } from '../lib/packages';

const COLORS = {
  ACTIVE: 'teal',
  USED_UP: 'gray',
  EXPIRED: 'red',
  AWAITING_REDEMPTION: 'violet',
} as const;
/** A package this close to its end is marked. */
const SOON_DAYS = 14;

/** "8 h 30 min" in the reader's language. */
export function useDuration() {
  const { t } = useTranslation('packages');
  return (minutes: number) => {
    const { hours, minutes: rest } = hoursAndMinutes(minutes);
    if (!hours) return t('units.minutes', { count: rest });
    if (!rest) return t('units.hours', { count: hours });
    return t('units.hoursMinutes', { hours, minutes: rest });
  };
}

/**
 * One package on a phone: the hours (or sessions) left in large type, a bar per item that
 * empties as lessons are taken, until when it lasts; a gift bought for someone shows its code.
 */
export function PackageCard({
  pkg,
  showHolder,
  now,
}: {
  pkg: MyPackage;
  showHolder: boolean;
  now: Date;
}) {
  const { t } = useTranslation('packages');
  const language = useCurrentLanguage();
  const duration = useDuration();
  const zone = pkg.location?.timezone ?? 'UTC';
  const expired = pkg.status === 'EXPIRED';
  const dateOf = (iso: string) =>
    formatLocalDate(localDateOf(iso, zone), language, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  const daysLeft = pkg.expiresAt ? daysUntil(pkg.expiresAt, now) : null;
  const headline =
    pkg.remainingMinutes > 0
      ? t('left.time', { time: duration(pkg.remainingMinutes) })
      : pkg.remainingSessions > 0
        ? t('left.sessions', { count: pkg.remainingSessions })
        : t('left.none');

  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={pkg.name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              {pkg.voucher && <IconGift size={18} aria-label={t('gift')} />}
              <Text fw={700} fz="lg" lh={1.25}>
                {pkg.name}
              </Text>
            </Group>
            <Text fz="sm" c="dimmed">
              {[pkg.location?.name, showHolder && pkg.holder?.name].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Badge color={COLORS[pkg.status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t(`status.${pkg.status}`)}
          </Badge>
        </Group>

        {pkg.status === 'AWAITING_REDEMPTION' ? (
          <Stack gap={6}>
            <Text fz="sm">
              {pkg.voucher?.recipientName
                ? t('giftFor', { name: pkg.voucher.recipientName })
                : t('giftWaiting')}
            </Text>
            {pkg.voucher && (
              <Group gap={4} wrap="nowrap">
                <Text ff="monospace" fw={700} fz="lg" style={{ letterSpacing: '0.08em' }}>
                  {pkg.voucher.code}
                </Text>
                <CopyButton value={pkg.voucher.code} timeout={2000}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('copied') : t('copy')} withArrow>
                      <ActionIcon
                        variant="subtle"
                        size="lg"
                        color={copied ? 'teal' : 'gray'}
                        onClick={copy}
                        aria-label={t('copyCode')}
                      >
                        {copied ? (
                          <IconCheck size={18} aria-hidden />
                        ) : (
                          <IconCopy size={18} aria-hidden />
                        )}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            )}
            <Text fz="sm" c="dimmed">
              {t('giftDays', { count: pkg.validityDays })}
            </Text>
          </Stack>
        ) : (
          <>
            <Text
              fz={28}
              fw={800}
              lh={1.1}
              c={expired || pkg.status === 'USED_UP' ? 'dimmed' : undefined}
            >
              {expired ? t('left.none') : headline}
            </Text>
            {pkg.items.map((item) => {
              const remaining = expired ? 0 : item.remaining;
              const left =
                item.unit === 'MINUTES'
                  ? t('item.time', { left: duration(remaining), total: duration(item.units) })
                  : t('item.sessions', { left: remaining, count: item.units });
              return (
                <Stack gap={4} key={item.service?.id ?? item.units}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text fz="sm" fw={500} truncate>
                      {item.service?.name}
                    </Text>
                    <Text fz="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {left}
                    </Text>
                  </Group>
                  <Progress
                    value={leftPercent(remaining, item.units)}
                    size="lg"
                    radius="xl"
                    color={remaining > 0 ? 'ocean' : 'gray'}
                    aria-label={t('item.bar', { name: item.service?.name ?? '', left })}
                  />
                </Stack>
              );
            })}
            {pkg.expiresAt && (
              <Text
                fz="sm"
                c={
                  !expired && daysLeft !== null && daysLeft <= SOON_DAYS && pkg.status === 'ACTIVE'
                    ? 'orange.8'
                    : 'dimmed'
                }
              >
                {expired
                  ? t('expiredOn', { date: dateOf(pkg.expiresAt) })
                  : pkg.status === 'ACTIVE' && daysLeft !== null && daysLeft <= SOON_DAYS
                    ? t('expiresSoon', { date: dateOf(pkg.expiresAt), count: daysLeft })
                    : t('validUntil', { date: dateOf(pkg.expiresAt) })}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
