import {
  ActionIcon,
  Alert,
  Button,
  EmptyState,
  Group,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import {
  IconCalendarOff,
  IconCalendarPlus,
  IconChevronLeft,
  IconChevronRight,
  IconInfoCircle,
  IconRefresh,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { canAccess } from '../../../shared/lib/can';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { formatLocalDate, isLocalDate, todayIn } from '../../booking-wizard';
import { useAgendaDay, useAgendaInstructors } from '../hooks/useAgenda';
import { shiftDay } from '../lib/agendaDay';
import { LessonCard } from './LessonCard';

const FALLBACK_ZONE = 'UTC';

/**
 * An instructor's day: their lessons in order, on each lesson's location clock, with the
 * students' levels and notes and the check-in / complete / no-show buttons. Instructors see
 * their own day; management chooses any instructor. `?date=` and `?instructor=` keep the view
 * in the address.
 */
export function AgendaView() {
  const { t } = useTranslation('agenda');
  const language = useCurrentLanguage();
  const { user } = useCurrentUser();
  const role = user?.role ?? 'INSTRUCTOR';
  const management = role === 'ADMIN' || role === 'MANAGER';
  const [params, setParams] = useSearchParams();
  const people = useAgendaInstructors(management);

  const chosenId = params.get('instructor');
  const instructor =
    (management && chosenId ? people.instructors.find((i) => i.id === chosenId) : null) ??
    people.own ??
    null;
  const zone = instructor?.locations[0]?.timezone ?? FALLBACK_ZONE;
  const today = todayIn(zone);
  const rawDate = params.get('date') ?? '';
  const date = isLocalDate(rawDate) ? rawDate : today;
  const zones = useMemo(
    () => [...new Set(instructor?.locations.map((l) => l.timezone) ?? [])],
    [instructor],
  );
  const day = useAgendaDay(instructor?.id ?? null, date, zones);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  if (people.error)
    return <ErrorState title={t('loadFailed')} error={people.error} onRetry={people.refetch} />;
  if (people.loading) return <Skeleton h={200} radius="md" />;

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        {management ? (
          <Select
            label={t('instructor')}
            placeholder={t('instructorPlaceholder')}
            data={people.instructors.map((i) => ({ value: i.id, label: i.name }))}
            value={instructor?.id ?? null}
            onChange={(value) => setParam('instructor', value)}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('noInstructorFound')}
            w={280}
          />
        ) : (
          <div />
        )}
        {instructor && (
          <Group gap="xs">
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('previousDay')}
              onClick={() => setParam('date', shiftDay(date, -1))}
            >
              <IconChevronLeft size={18} />
            </ActionIcon>
            <Button
              variant="default"
              onClick={() => setParam('date', null)}
              disabled={date === today}
            >
              {t('today')}
            </Button>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('nextDay')}
              onClick={() => setParam('date', shiftDay(date, 1))}
            >
              <IconChevronRight size={18} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="lg"
              aria-label={t('refresh')}
              loading={day.refreshing}
              onClick={() => void day.refetch()}
            >
              <IconRefresh size={18} />
            </ActionIcon>
          </Group>
        )}
      </Group>

      {!instructor ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="note">
          {management ? t('chooseInstructor') : t('noProfile')}
        </Alert>
      ) : (
        <>
          <div>
            <Title order={2} fz="h3">
              {formatLocalDate(date, language, {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
                year: 'numeric',
              })}
            </Title>
            <Text c="dimmed" fz="sm">
              {t('dayOf', { name: instructor.name, count: day.lessons.length })}
            </Text>
          </div>
          {day.error && (
            <ErrorState
              title={t('dayFailed')}
              error={day.error}
              onRetry={() => void day.refetch()}
            />
          )}
          {day.loading && <Skeleton h={160} radius="md" />}
          {!day.loading && !day.error && day.lessons.length === 0 && (
            <EmptyState
              py={48}
              variant="light"
              icon={<IconCalendarOff size={26} />}
              title={t('empty')}
              description={t('emptyHelp')}
            >
              {canAccess(role, 'bookings', 'create') && (
                <EmptyState.Actions>
                  <Button
                    component={Link}
                    to="/bookings/new"
                    leftSection={<IconCalendarPlus size={16} />}
                  >
                    {t('newBooking')}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          )}
          <Stack gap="md" component="section" aria-label={t('lessonsLabel')}>
            {day.lessons.map((lesson) => (
              <LessonCard key={lesson.id} lesson={lesson} role={role} />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
