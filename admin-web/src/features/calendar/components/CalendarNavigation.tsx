import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import { ActionIcon, Button, Group, SegmentedControl, Text, Title, Tooltip } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { formatUtcOffset } from '@plannivo/web-kit/time';
import { IconCalendar, IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_VIEWS, stepDay, visibleDays, type CalendarView } from '../range';
import { floatingDay } from '../zone';

/** Today, previous, next, a date picker, the range shown, day or week, and the time zone. */
export function CalendarNavigation({
  day,
  view,
  timeZone,
  today,
  onDay,
  onView,
}: {
  /** The floating day shown. */
  day: Date;
  view: CalendarView;
  timeZone: string;
  /** Today at the location, `YYYY-MM-DD`. */
  today: string;
  onDay: (day: string) => void;
  onView: (view: CalendarView) => void;
}) {
  const { t } = useTranslation('calendar');
  const language = useCurrentLanguage();
  const { start, end } = visibleDays(day, view);
  const last = new Date(end.getFullYear(), end.getMonth(), end.getDate() - 1);
  // The dates are floating (their local fields are the location's day): format them as such.
  const heading =
    view === 'day'
      ? new Intl.DateTimeFormat(language, { dateStyle: 'full' }).format(day)
      : new Intl.DateTimeFormat(language, {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }).formatRange(start, last);
  const offset = formatUtcOffset(new Date(), timeZone, language) ?? '';
  const previousLabel = t(view === 'week' ? 'nav.previous_week' : 'nav.previous_day');
  const nextLabel = t(view === 'week' ? 'nav.next_week' : 'nav.next_day');

  return (
    <Group justify="space-between" align="center" gap="md" wrap="wrap">
      <Group gap="xs" align="center" wrap="wrap">
        <Button
          variant="default"
          onClick={() => onDay(today)}
          disabled={floatingDay(day) === today && view === 'day'}
        >
          {t('nav.today')}
        </Button>
        <Tooltip label={previousLabel}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={previousLabel}
            onClick={() => onDay(stepDay(day, view, -1))}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Tooltip label={nextLabel}>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={nextLabel}
            onClick={() => onDay(stepDay(day, view, 1))}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
          <DatePickerInput
            aria-label={t('nav.date')}
            value={floatingDay(day)}
            onChange={(value) => value && onDay(value)}
            leftSection={<IconCalendar size={16} aria-hidden />}
            valueFormat="D MMM YYYY"
            w={160}
          />
        </DatesProvider>
        <Title order={2} fz="h3" ml="xs">
          {heading}
        </Title>
      </Group>
      <Group gap="md" align="center">
        <Text fz="sm" c="dimmed">
          {t('nav.zone', { zone: timeZone, offset })}
        </Text>
        <SegmentedControl
          aria-label={t('nav.view')}
          value={view}
          onChange={(value) => onView(value as CalendarView)}
          data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`nav.${v}`) }))}
        />
      </Group>
    </Group>
  );
}
