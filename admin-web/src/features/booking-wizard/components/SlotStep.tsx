import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import {
  Alert,
  Badge,
  Group,
  Paper,
  Radio,
  ScrollArea,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { DatePicker, DatesProvider } from '@mantine/dates';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { formatUtcOffset } from '@plannivo/web-kit/time';
import { IconClock, IconInfoCircle, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/ui/ErrorState';
import type { useAvailability, WizardService } from '../hooks/useWizardData';
import type { ChosenSlot, Draft } from '../lib/draft';
import { addDays, formatLocalDate, formatTimeRange, todayIn } from '../lib/zoned';
import { FieldProblems, type FieldProblem } from './FieldProblems';

/** How far ahead the calendar lets staff look. */
const DAYS_AHEAD = 365;

/** Step 2: a local date at the location, and one of its free slots. */
export function SlotStep({
  service,
  draft,
  availability,
  problems,
  onDate,
  onSlot,
  onInstructor,
}: {
  service: WizardService;
  draft: Draft;
  availability: ReturnType<typeof useAvailability>;
  problems: FieldProblem[];
  onDate: (date: string) => void;
  onSlot: (slot: ChosenSlot) => void;
  onInstructor: (instructorId: string | null) => void;
}) {
  const { t } = useTranslation('bookingWizard');
  const language = useCurrentLanguage();
  const zone = service.location.timezone;
  const today = todayIn(zone);
  const isLesson = service.kind === 'LESSON';
  const isGroup = service.lessonFormat === 'GROUP';
  const chosen = draft.slot;
  const slotKey = (s: { startsAt: string; sessionBookingId?: string | null }) =>
    `${s.startsAt}|${s.sessionBookingId ?? ''}`;

  return (
    <Stack gap="md">
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} role="note">
        {t('slot.zoneNote', {
          location: service.location.name,
          zone: zone,
          offset: formatUtcOffset(new Date(), zone, language) ?? '',
        })}
      </Alert>
      <FieldProblems problems={problems} />
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Paper withBorder radius="md" p="sm">
          <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
            <DatePicker
              aria-label={t('slot.date')}
              value={draft.date}
              onChange={(value) => value && onDate(value)}
              minDate={today}
              maxDate={addDays(today, DAYS_AHEAD)}
              defaultDate={draft.date ?? today}
              ariaLabels={{
                previousMonth: t('slot.previousMonth'),
                nextMonth: t('slot.nextMonth'),
                monthLevelControl: t('slot.chooseMonth'),
                previousYear: t('slot.previousYear'),
                nextYear: t('slot.nextYear'),
                yearLevelControl: t('slot.chooseYear'),
                previousDecade: t('slot.previousDecade'),
                nextDecade: t('slot.nextDecade'),
              }}
            />
          </DatesProvider>
        </Paper>
        <Stack gap="sm" style={{ flex: '1 1 360px', minWidth: 0 }}>
          {!draft.date && (
            <Title order={3} fz="h4">
              {t('slot.pickDate')}
            </Title>
          )}
          {draft.date && !availability.slots.length && (
            <Title order={3} fz="h4">
              {t('slot.slotsOn', { date: formatLocalDate(draft.date, language) })}
            </Title>
          )}
          {draft.date && availability.error && (
            <ErrorState
              title={t('slot.failed')}
              error={availability.error}
              onRetry={() => void availability.refetch()}
            />
          )}
          {draft.date && availability.loading && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {[0, 1, 2, 3].map((i) => (
                <Skeleton key={i} h={64} radius="md" />
              ))}
            </SimpleGrid>
          )}
          {draft.date &&
            !availability.loading &&
            !availability.error &&
            availability.slots.length === 0 && <Text c="dimmed">{t('slot.none')}</Text>}
          {draft.date && availability.slots.length > 0 && (
            <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
              <Radio.Group
                label={t('slot.slotsOn', { date: formatLocalDate(draft.date, language) })}
                labelProps={{ fz: 'h4', fw: 700, mb: 'sm' }}
                value={chosen ? slotKey(chosen) : null}
                onChange={(key) => {
                  const slot = availability.slots.find((s) => slotKey(s) === key);
                  if (slot) onSlot(slot);
                }}
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {availability.slots.map((slot) => (
                    <Radio.Card key={slotKey(slot)} value={slotKey(slot)} radius="md" p="sm">
                      <Group wrap="nowrap" align="flex-start" gap="sm">
                        <Radio.Indicator aria-hidden />
                        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                          <Group gap="xs">
                            <IconClock size={16} aria-hidden />
                            <Text fw={600}>
                              {formatTimeRange(slot.startsAt, slot.endsAt, zone)}
                            </Text>
                            {slot.sessionBookingId && (
                              <Badge color="teal" variant="light" tt="none">
                                {t('slot.joinSession')}
                              </Badge>
                            )}
                          </Group>
                          {isLesson && (
                            <Text fz="sm" c="dimmed">
                              {slot.instructors.length
                                ? slot.instructors.map((i) => i.name).join(', ')
                                : t('slot.noInstructorNamed')}
                            </Text>
                          )}
                          {(isGroup || service.capacity > 1) && (
                            <Group gap={4}>
                              <IconUsersGroup size={14} aria-hidden />
                              <Text fz="sm" c="dimmed">
                                {t('slot.placesLeft', { count: slot.placesLeft })}
                              </Text>
                            </Group>
                          )}
                        </Stack>
                      </Group>
                    </Radio.Card>
                  ))}
                </SimpleGrid>
              </Radio.Group>
            </ScrollArea.Autosize>
          )}
          {isLesson && chosen && !chosen.sessionBookingId && chosen.instructors.length > 0 && (
            <Select
              label={t('slot.instructor')}
              description={t('slot.instructorHelp')}
              data={[
                { value: '', label: t('slot.instructorAuto') },
                ...chosen.instructors.map((i) => ({ value: i.id, label: i.name })),
              ]}
              value={draft.instructorId ?? ''}
              onChange={(value) => onInstructor(value || null)}
              allowDeselect={false}
              maw={360}
            />
          )}
          {chosen?.sessionBookingId && (
            <Text fz="sm" c="dimmed">
              {t('slot.sessionHelp', {
                instructor: chosen.instructors[0]?.name ?? t('slot.noInstructorNamed'),
              })}
            </Text>
          )}
        </Stack>
      </Group>
    </Stack>
  );
}
