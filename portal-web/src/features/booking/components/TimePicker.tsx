import {
  Alert,
  Button,
  Group,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
  Paper,
} from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconChevronRight, IconClock, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BookAvailabilityQuery } from '../../../gql/graphql';
import { formatLocalDate, formatTimeRange, nextDays } from '../lib/zoned';
import type { BookService } from './ServicePicker';

export type BookSlot = BookAvailabilityQuery['availability'][number];

/** Two weeks of days to swipe through; "Later" shows the next two. */
export const DAYS_SHOWN = 14;

/** Step 2: a day at the location (today first), then one of its free times. */
export function TimePicker({
  service,
  date,
  page,
  slots,
  loading,
  error,
  onDate,
  onPage,
  onChoose,
}: {
  service: BookService;
  date: string;
  page: number;
  slots: readonly BookSlot[];
  loading: boolean;
  error: unknown;
  onDate: (date: string) => void;
  onPage: (page: number) => void;
  onChoose: (slot: BookSlot) => void;
}) {
  const { t } = useTranslation('booking');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const zone = service.location.timezone;
  const days = nextDays(zone, DAYS_SHOWN, page * DAYS_SHOWN);
  const group = service.lessonFormat === 'GROUP';
  return (
    <Stack gap="md">
      <Text fz="sm" c="dimmed">
        {t('time.zone', { location: service.location.name })}
      </Text>
      <ScrollArea type="auto" offsetScrollbars scrollbarSize={6}>
        <Group gap="xs" wrap="nowrap" role="group" aria-label={t('time.days')} pb={4}>
          {page > 0 && (
            <Button variant="subtle" size="compact-sm" onClick={() => onPage(page - 1)}>
              {t('time.earlier')}
            </Button>
          )}
          {days.map((day) => {
            const chosen = day === date;
            return (
              <UnstyledButton
                key={day}
                aria-pressed={chosen}
                aria-label={formatLocalDate(day, language, {
                  weekday: 'long',
                  day: 'numeric',
                  month: 'long',
                })}
                onClick={() => onDate(day)}
                style={{ flexShrink: 0 }}
              >
                <Paper
                  withBorder
                  radius="md"
                  w={64}
                  py={6}
                  ta="center"
                  bg={chosen ? 'var(--mantine-primary-color-filled)' : undefined}
                  c={chosen ? 'white' : undefined}
                >
                  <Text fz="xs" fw={500} tt="uppercase" c={chosen ? 'white' : 'dimmed'}>
                    {formatLocalDate(day, language, { weekday: 'short' })}
                  </Text>
                  <Text fz="sm" fw={700}>
                    {formatLocalDate(day, language, { day: 'numeric', month: 'short' })}
                  </Text>
                </Paper>
              </UnstyledButton>
            );
          })}
          <Button variant="subtle" size="compact-sm" onClick={() => onPage(page + 1)}>
            {t('time.later')}
          </Button>
        </Group>
      </ScrollArea>
      <Text fw={600}>
        {t('time.on', {
          date: formatLocalDate(date, language, { weekday: 'long', day: 'numeric', month: 'long' }),
        })}
      </Text>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {errorText(error)}
        </Alert>
      ) : loading ? (
        <Stack gap="xs">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} h={56} radius="md" />
          ))}
        </Stack>
      ) : slots.length === 0 ? (
        <Text c="dimmed">{t('time.none')}</Text>
      ) : (
        <Stack gap="xs" component="section" aria-label={t('time.slots')}>
          {slots.map((slot) => (
            <UnstyledButton
              key={`${slot.startsAt}|${slot.sessionBookingId ?? ''}`}
              onClick={() => onChoose(slot)}
              w="100%"
            >
              <Paper withBorder radius="md" p="sm">
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={2}>
                    <Group gap={6}>
                      <IconClock size={16} aria-hidden />
                      <Text fw={600}>{formatTimeRange(slot.startsAt, slot.endsAt, zone)}</Text>
                    </Group>
                    {(group || slot.sessionBookingId) && (
                      <Group gap={6} c="dimmed">
                        <IconUsersGroup size={14} aria-hidden />
                        <Text fz="sm">
                          {slot.sessionBookingId
                            ? t('time.joinGroup', { count: slot.placesLeft })
                            : t('time.placesLeft', { count: slot.placesLeft })}
                        </Text>
                      </Group>
                    )}
                  </Stack>
                  <IconChevronRight size={18} aria-hidden />
                </Group>
              </Paper>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
