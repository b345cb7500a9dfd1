import { Alert, List, Stack, Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCalendarX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingConflict, Clash, ConflictReason } from '../lib/conflicts';
import { formatLocalDateTime, localDateOf, localTimeOf } from '../lib/zoned';
import { useCategoryLabel } from './useCategoryLabel';

/**
 * A refused booking in words: what is taken and when (in the location's time zone), why no
 * instructor or gear was found, and for a series every day that could not be booked.
 */
export function ConflictAlert({
  conflict,
  zone,
  children,
}: {
  conflict: BookingConflict;
  zone: string;
  /** A way out (back to the slots). */
  children?: ReactNode;
}) {
  const { t } = useTranslation('bookingWizard');
  const language = useCurrentLanguage();
  const category = useCategoryLabel();
  const when = (startsAt: string, endsAt: string) =>
    localDateOf(startsAt, zone) === localDateOf(endsAt, zone)
      ? `${formatLocalDateTime(startsAt, zone, language)}–${localTimeOf(endsAt, zone)}`
      : `${formatLocalDateTime(startsAt, zone, language)} – ${formatLocalDateTime(endsAt, zone, language)}`;
  const clashLine = (clash: Clash) =>
    t(`conflict.clash.${clash.kind ?? 'BOOKING'}`, {
      name: clash.resourceName || t(`conflict.resource.${clash.resourceType ?? 'INSTRUCTOR'}`),
      when: when(clash.startsAt, clash.endsAt),
    });
  const reasonLine = (reason: ConflictReason | null) =>
    reason ? t(`conflict.reason.${reason}`) : t('conflict.reason.unknown');

  const series = conflict.occurrences.length > 0;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconCalendarX aria-hidden />}
      title={
        series
          ? t('conflict.seriesTitle', { count: conflict.occurrences.length })
          : t('conflict.title')
      }
    >
      <Stack gap="xs">
        {series ? (
          <List size="sm" spacing={4}>
            {conflict.occurrences.map((o) => (
              <List.Item key={o.startsAt}>
                <Text fz="sm" fw={600} span>
                  {formatLocalDateTime(o.startsAt, zone, language)}
                </Text>
                {': '}
                {o.clashes.length ? o.clashes.map(clashLine).join('; ') : reasonLine(o.reason)}
              </List.Item>
            ))}
          </List>
        ) : (
          <>
            {(conflict.reason || !conflict.clashes.length) && (
              <Text fz="sm">{reasonLine(conflict.reason)}</Text>
            )}
            {conflict.clashes.length > 0 && (
              <List size="sm" spacing={4}>
                {conflict.clashes.map((c, i) => (
                  <List.Item key={i}>{clashLine(c)}</List.Item>
                ))}
              </List>
            )}
            {conflict.unmet.length > 0 && (
              <List size="sm" spacing={4}>
                {conflict.unmet.map((u, i) => (
                  <List.Item key={i}>
                    {u.size
                      ? t('conflict.unmetSized', { category: category(u.category), size: u.size })
                      : t('conflict.unmet', { category: category(u.category) })}
                  </List.Item>
                ))}
              </List>
            )}
            {conflict.instructors.length > 0 && (
              <List size="sm" spacing={4}>
                {conflict.instructors.map((i) => (
                  <List.Item key={i.name}>
                    {t('conflict.instructor', {
                      name: i.name,
                      reasons: i.reasons.map((r) => t(`ineligible.${r}`)).join(', '),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
        {children}
      </Stack>
    </Alert>
  );
}
