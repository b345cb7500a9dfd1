import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Box,
  EmptyState,
  Group,
  List,
  LoadingOverlay,
  Paper,
  Stack,
  Text,
} from '@mantine/core';
import { useConsentAcceptances } from '@plannivo/web-kit/auth';
import { IconAlertCircle, IconMapPin } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LocationsDocument, type CalendarBookingsQueryVariables } from '../../../gql/graphql';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { UNASSIGNED, toEvents, toResources, visibleHours, type CalendarEvent } from '../events';
import { useBookingChanges } from '../hooks/useBookingChanges';
import { useCalendarBookings } from '../hooks/useCalendarBookings';
import { useCalendarInstructors } from '../hooks/useCalendarInstructors';
import { useCalendarParams } from '../hooks/useCalendarParams';
import { useExplainRefusal } from '../hooks/useExplainRefusal';
import { useMoveBooking, type MoveChange } from '../hooks/useMoveBooking';
import { visibleRange } from '../range';
import { floatingDay, fromFloating, parseDay, toFloating, todayAt } from '../zone';
import { BookingDrawer } from './BookingDrawer';
import { CalendarFilters } from './CalendarFilters';
import { CalendarNavigation } from './CalendarNavigation';
import { ResourceCalendar, type DropTarget } from './ResourceCalendar';
import { StatusLegend } from './StatusLegend';

/** Subscribes while mounted; remounted after consent is given (the API refuses before). */
function LiveUpdates({ variables }: { variables: CalendarBookingsQueryVariables | null }) {
  useBookingChanges(variables);
  return null;
}

/**
 * The resource calendar of one location: filters and navigation kept in the URL, one
 * bookings request per visible range, drag to move or resize (optimistic, taken back with
 * the reason when the API refuses), click to open the quick-edit drawer, and live changes by
 * others.
 */
export function CalendarView() {
  const { t } = useTranslation('calendar');
  const [params, setParams] = useCalendarParams();
  const locationsQuery = useQuery(LocationsDocument);
  const locations = locationsQuery.data?.locations;
  const location = locations?.find((l) => l.id === params.location) ?? locations?.[0] ?? null;

  if (!locations) {
    if (locationsQuery.error)
      return (
        <ErrorState
          title={t('loadError')}
          error={locationsQuery.error}
          onRetry={() => void locationsQuery.refetch()}
        />
      );
    return (
      <Box h={400} pos="relative">
        <LoadingOverlay visible />
      </Box>
    );
  }
  if (!location) {
    return (
      <EmptyState
        py={56}
        variant="light"
        icon={<IconMapPin size={26} />}
        title={t('noLocations.title')}
        description={t('noLocations.body')}
      />
    );
  }
  return (
    <LocationCalendar
      key={location.id}
      location={location}
      locations={locations}
      params={{ ...params, location: location.id }}
      setParams={setParams}
    />
  );
}

type Params = ReturnType<typeof useCalendarParams>[0];

function LocationCalendar({
  location,
  locations,
  params,
  setParams,
}: {
  location: { id: string; name: string; timezone: string };
  locations: readonly { id: string; name: string }[];
  params: Params & { location: string };
  setParams: ReturnType<typeof useCalendarParams>[1];
}) {
  const { t } = useTranslation('calendar');
  const zone = location.timezone;
  const today = todayAt(zone);
  const dayKey = params.date ?? today;
  const day = useMemo(() => parseDay(dayKey) ?? new Date(), [dayKey]);
  const range = useMemo(() => visibleRange(day, params.view, zone), [day, params.view, zone]);
  const { variables, bookings, total, truncated, loading, error, refetch } = useCalendarBookings(
    location.id,
    range,
  );
  const { instructors } = useCalendarInstructors(location.id);
  const consentAcceptances = useConsentAcceptances();
  const move = useMoveBooking();
  const explain = useExplainRefusal();
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);

  const filters = useMemo(
    () => ({
      instructorIds: params.instructors,
      discipline: params.discipline,
      showCancelled: params.cancelled,
    }),
    [params.instructors, params.discipline, params.cancelled],
  );
  const events = useMemo(
    () =>
      toEvents(bookings, { ...filters, timeZone: zone, range }).map((event) => ({
        ...event,
        showInstructor: params.view === 'week',
      })),
    [bookings, filters, zone, range, params.view],
  );
  const resources = useMemo(
    () =>
      params.view === 'day'
        ? toResources(instructors, events, filters, t('unassigned'))
        : undefined,
    [params.view, instructors, events, filters, t],
  );
  const hours = useMemo(
    () => visibleHours(day, events, params.wholeDay),
    [day, events, params.wholeDay],
  );
  const now = useCallback(() => toFloating(new Date(), zone), [zone]);

  const tryChange = async (event: CalendarEvent, change: MoveChange, target: DropTarget) => {
    setRefusal(null);
    try {
      await move(event.booking, change);
    } catch (failure) {
      setRefusal(
        explain(failure, {
          timeZone: zone,
          day: floatingDay(target.start),
          instructorName:
            change.instructor === undefined
              ? event.booking.instructor?.name
              : change.instructor?.name,
          discipline: event.booking.service.discipline,
        }),
      );
    }
  };

  const onMove = (event: CalendarEvent, target: DropTarget) => {
    const change: MoveChange = {};
    const startsAt = fromFloating(target.start, zone).toISOString();
    if (startsAt !== event.booking.startsAt) change.startsAt = startsAt;
    if (target.resourceId !== undefined && target.resourceId !== event.resourceId) {
      if (event.booking.service.kind !== 'LESSON' && target.resourceId !== UNASSIGNED) {
        setRefusal([t('refusal.noInstructorForService', { service: event.booking.service.name })]);
        return;
      }
      const instructor = resources?.find((r) => r.id === target.resourceId);
      change.instructor =
        target.resourceId === UNASSIGNED || !instructor
          ? null
          : { id: instructor.id, name: instructor.title };
    }
    if (change.startsAt === undefined && change.instructor === undefined) return;
    void tryChange(event, change, target);
  };

  const onResize = (event: CalendarEvent, target: DropTarget) => {
    const startsAt = fromFloating(target.start, zone).toISOString();
    const endsAt = fromFloating(target.end, zone).toISOString();
    if (startsAt === event.booking.startsAt && endsAt === event.booking.endsAt) return;
    const change: MoveChange = { endsAt };
    if (startsAt !== event.booking.startsAt) change.startsAt = startsAt;
    void tryChange(event, change, target);
  };

  const shown = events.length;
  return (
    <Stack gap="md">
      <LiveUpdates key={`${location.id}:${consentAcceptances}`} variables={variables} />
      <CalendarFilters
        params={params}
        locations={locations}
        instructors={instructors}
        onChange={setParams}
      />
      <CalendarNavigation
        day={day}
        view={params.view}
        timeZone={zone}
        today={today}
        onDay={(date) => setParams({ date: date === today ? null : date })}
        onView={(view) => setParams({ view })}
      />
      <Group justify="space-between" gap="md">
        <StatusLegend showCancelled={params.cancelled} />
        <Text fz="sm" c="dimmed" aria-live="polite">
          {loading ? '' : t('summary', { count: shown })}
        </Text>
      </Group>
      {truncated && (
        <Alert color="yellow" variant="light" icon={<IconAlertCircle aria-hidden />}>
          {t('tooMany', { shown: bookings.length, total })}
        </Alert>
      )}
      {refusal && (
        <Alert
          color="red"
          variant="light"
          title={t('moveRefused')}
          icon={<IconAlertCircle aria-hidden />}
          role="alert"
          withCloseButton
          closeButtonLabel={t('dismiss')}
          onClose={() => setRefusal(null)}
        >
          {refusal.length === 1 ? (
            refusal[0]
          ) : (
            <List size="sm">
              {refusal.map((sentence) => (
                <List.Item key={sentence}>{sentence}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {error ? (
        <ErrorState title={t('loadError')} error={error} onRetry={() => void refetch()} />
      ) : (
        <Paper
          withBorder
          radius="md"
          pos="relative"
          className={`pv-calendar pv-view-${params.view}${events.some((e) => e.allDay) ? '' : ' pv-no-allday'}`}
          h="max(560px, calc(100vh - 330px))"
        >
          <LoadingOverlay visible={loading} zIndex={5} />
          <ResourceCalendar
            events={events}
            resources={resources}
            date={day}
            view={params.view}
            min={hours.min}
            max={hours.max}
            now={now}
            onMove={onMove}
            onResize={onResize}
            onOpen={(event) => setOpenId(event.id)}
          />
        </Paper>
      )}
      {!loading && !error && shown === 0 && (
        <Text fz="sm" c="dimmed" ta="center">
          {t(params.view === 'week' ? 'empty_week' : 'empty_day')}
        </Text>
      )}
      <BookingDrawer
        bookingId={openId}
        timeZone={zone}
        listVariables={variables}
        onClose={() => setOpenId(null)}
      />
    </Stack>
  );
}
