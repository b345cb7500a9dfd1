import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import '../calendar.css';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/tr';
import dayjs from 'dayjs';
import isBetween from 'dayjs/plugin/isBetween';
import isLeapYear from 'dayjs/plugin/isLeapYear';
import isSameOrAfter from 'dayjs/plugin/isSameOrAfter';
import isSameOrBefore from 'dayjs/plugin/isSameOrBefore';
import localeData from 'dayjs/plugin/localeData';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import minMax from 'dayjs/plugin/minMax';
import utc from 'dayjs/plugin/utc';
import { useEffect, useMemo } from 'react';
import { Calendar, dayjsLocalizer, type Formats, type Messages } from 'react-big-calendar';
import dragAndDropAddon, {
  type EventInteractionArgs,
} from 'react-big-calendar/lib/addons/dragAndDrop';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent, CalendarResource } from '../events';
import type { CalendarView } from '../range';
import { BookingEventContent } from './BookingEventContent';

/**
 * dayjs as the localizer must see it: with the plugins it loads, but without `tz`. The dates
 * handed in are already the location's wall clock (zone.ts), and the localizer switches to
 * `dayjs.tz` arithmetic whenever the timezone plugin is loaded, which another feature of the
 * app may have done before this module loads.
 */
function dayjsWithoutTimeZones(): typeof dayjs {
  for (const plugin of [
    isBetween,
    isSameOrAfter,
    isSameOrBefore,
    localeData,
    localizedFormat,
    minMax,
    utc,
    isLeapYear,
  ])
    dayjs.extend(plugin);
  const plain = ((...args: Parameters<typeof dayjs>) => dayjs(...args)) as typeof dayjs;
  Object.assign(plain, dayjs);
  delete (plain as { tz?: unknown }).tz;
  return plain;
}

const localizer = dayjsLocalizer(dayjsWithoutTimeZones());
/** dayjs' global locale before the calendar changed it, given back when it closes. */
const APP_LOCALE = dayjs.locale();
// The addon is CommonJS (`exports.default`): the bundler hands over the function or its module.
const withDragAndDrop =
  typeof dragAndDropAddon === 'function'
    ? dragAndDropAddon
    : (dragAndDropAddon as unknown as { default: typeof dragAndDropAddon }).default;
const DnDCalendar = withDragAndDrop<CalendarEvent, CalendarResource>(Calendar);

/** 24-hour times in both languages, as the school's timetable reads. */
const formats: Formats = {
  timeGutterFormat: 'HH:mm',
  eventTimeRangeFormat: ({ start, end }, culture, local) =>
    `${local?.format(start, 'HH:mm', culture)}–${local?.format(end, 'HH:mm', culture)}`,
  eventTimeRangeStartFormat: ({ start }, culture, local) =>
    `${local?.format(start, 'HH:mm', culture)} –`,
  eventTimeRangeEndFormat: ({ end }, culture, local) => `– ${local?.format(end, 'HH:mm', culture)}`,
  selectRangeFormat: ({ start, end }, culture, local) =>
    `${local?.format(start, 'HH:mm', culture)}–${local?.format(end, 'HH:mm', culture)}`,
  dayFormat: 'ddd D MMM',
  dayHeaderFormat: 'dddd D MMMM YYYY',
  dayRangeHeaderFormat: ({ start, end }, culture, local) =>
    `${local?.format(start, 'D MMM', culture)} – ${local?.format(end, 'D MMM YYYY', culture)}`,
};

/**
 * The localizer finds the start of a week through dayjs' global locale (its `localeData` and
 * `startOf('week')` ignore the culture it is given), so the calendar's locale is made the
 * global one while it is shown: weeks run Monday to Sunday, as the bookings query asks.
 */
function useWeekLocale(culture: string) {
  // Set while rendering (idempotent), before the grid works out its range from it.
  useMemo(() => dayjs.locale(culture), [culture]);
  useEffect(() => () => void dayjs.locale(APP_LOCALE), []);
}

export interface DropTarget {
  start: Date;
  end: Date;
  /** The column dropped on (day view only). */
  resourceId?: string;
}

/**
 * react-big-calendar's time grid with drag and drop: the day view has a column per
 * instructor (resources), the week view one per day. Every date in and out is floating (the
 * location's wall clock); the caller converts. Bookings that can no longer move are not
 * draggable.
 */
export function ResourceCalendar({
  events,
  resources,
  date,
  view,
  min,
  max,
  now,
  onMove,
  onResize,
  onOpen,
}: {
  events: CalendarEvent[];
  /** Columns of the day view; undefined in the week view. */
  resources: CalendarResource[] | undefined;
  /** The floating day shown (or a day of the week shown). */
  date: Date;
  view: CalendarView;
  min: Date;
  max: Date;
  /** The location's wall clock now (floating), for the time indicator. */
  now: () => Date;
  onMove: (event: CalendarEvent, target: DropTarget) => void;
  onResize: (event: CalendarEvent, target: DropTarget) => void;
  onOpen: (event: CalendarEvent) => void;
}) {
  const { t, i18n } = useTranslation('calendar');
  // Both start the week on Monday and read 24-hour times.
  const culture = i18n.resolvedLanguage === 'tr' ? 'tr' : 'en-gb';
  useWeekLocale(culture);
  const messages: Messages<CalendarEvent> = useMemo(
    () => ({
      allDay: t('multiDay'),
      today: t('nav.today'),
      previous: t('nav.previous_day'),
      next: t('nav.next_day'),
      day: t('nav.day'),
      week: t('nav.week'),
      noEventsInRange: t(view === 'week' ? 'empty_week' : 'empty_day'),
    }),
    [t, view],
  );
  const components = useMemo(() => ({ event: BookingEventContent }), []);

  // Only the day view has columns per instructor; the week view's drop carries no column.
  const toTarget = ({ start, end, resourceId }: EventInteractionArgs<CalendarEvent>) => ({
    start: new Date(start),
    end: new Date(end),
    resourceId: resources?.find((r) => r.id === resourceId)?.id,
  });

  return (
    <DnDCalendar
      localizer={localizer}
      culture={culture}
      formats={formats}
      messages={messages}
      events={events}
      resources={resources}
      resourceIdAccessor={(resource) => resource.id}
      resourceTitleAccessor={(resource) => resource.title}
      resourceAccessor={(event) => event.resourceId}
      allDayAccessor={(event) => event.allDay}
      tooltipAccessor={null}
      date={date}
      view={view}
      views={['day', 'week']}
      onView={() => undefined}
      onNavigate={() => undefined}
      toolbar={false}
      min={min}
      max={max}
      scrollToTime={min}
      getNow={now}
      step={15}
      timeslots={4}
      dayLayoutAlgorithm="no-overlap"
      eventPropGetter={(event) => ({
        className: `pv-event pv-status-${event.booking.status.toLowerCase()}`,
      })}
      components={components}
      draggableAccessor={(event) => event.movable}
      resizableAccessor={(event) => event.movable}
      resizable
      selectable={false}
      onEventDrop={(args) => onMove(args.event, toTarget(args))}
      onEventResize={(args) => onResize(args.event, toTarget(args))}
      onSelectEvent={(event) => onOpen(event)}
      onKeyPressEvent={(event, e) => {
        const { key } = e as unknown as KeyboardEvent;
        if (key === 'Enter' || key === ' ') onOpen(event);
      }}
      style={{ height: '100%' }}
    />
  );
}
