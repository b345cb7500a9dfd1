import '@mantine/dates/styles.css';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { formatUtcOffset } from '@plannivo/web-kit/time';
import { useErrorText } from '@plannivo/web-kit/ui';
import {
  IconAlertCircle,
  IconClockHour4,
  IconPlus,
  IconTrash,
  IconWorld,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  InstructorHoursDocument,
  LocationsDocument,
  type InstructorFieldsFragment,
} from '../../../gql/graphql';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { refusalDetails, refusedFields } from '../fieldErrors';
import {
  hoursInput,
  sameWeek,
  suggestRange,
  weekdayNames,
  weeklyMinutes,
  weekOf,
  weekProblems,
  WEEKDAYS,
  type HoursBlock,
  type RangeDraft,
  type WeekDraft,
  type Weekday,
} from '../hours';
import { useSetInstructorHours } from '../hooks/useInstructorMutations';
import { Section } from './Section';

/**
 * The weekly hours at each of the instructor's locations, in that location's local time: a
 * day has any number of from–to ranges (a lunch break is two). Managers may add hours at
 * another location, which adds the instructor there.
 */
export function WorkingHoursTab({
  instructor,
  readOnly,
}: {
  instructor: InstructorFieldsFragment;
  readOnly: boolean;
}) {
  const { t } = useTranslation('instructors');
  const hours = useQuery(InstructorHoursDocument, {
    variables: { id: instructor.id },
    fetchPolicy: 'cache-and-network',
  });
  const allLocations = useQuery(LocationsDocument, { skip: readOnly });
  const own = instructor.locations;
  const [locationId, setLocationId] = useState<string | null>(own[0]?.id ?? null);
  const [dirty, setDirty] = useState(false);

  const others = (allLocations.data?.locations ?? []).filter(
    (l) => !own.some((o) => o.id === l.id),
  );
  const choices = [
    ...own.map((l) => ({ value: l.id, label: l.name })),
    ...others.map((l) => ({ value: l.id, label: t('hours.otherLocation', { name: l.name }) })),
  ];
  const location =
    own.find((l) => l.id === locationId) ??
    allLocations.data?.locations.find((l) => l.id === locationId) ??
    null;
  const blocks = useMemo(
    () => (hours.data?.instructor?.workingHours ?? []).filter((b) => b.locationId === locationId),
    [hours.data, locationId],
  );

  if (hours.error && !hours.data) {
    return (
      <Paper withBorder radius="lg">
        <ErrorState
          title={t('hours.errorTitle')}
          error={hours.error}
          onRetry={() => void hours.refetch()}
        />
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <Group align="flex-end" gap="md">
        <Select
          label={t('hours.location')}
          description={dirty ? t('hours.saveBeforeSwitching') : undefined}
          inputWrapperOrder={['label', 'input', 'description']}
          data={choices}
          value={locationId}
          onChange={(value) => value && setLocationId(value)}
          allowDeselect={false}
          disabled={dirty}
          placeholder={t('hours.chooseLocation')}
          w={{ base: '100%', xs: 320 }}
        />
        {location && <ZoneNote timezone={location.timezone} />}
      </Group>
      {!location ? (
        <Paper withBorder radius="lg" p="lg">
          <Text c="dimmed">{t('hours.noLocation')}</Text>
        </Paper>
      ) : hours.loading && !hours.data ? (
        <Skeleton height={360} radius="lg" />
      ) : (
        <WeekEditor
          key={location.id}
          instructorId={instructor.id}
          location={location}
          blocks={blocks}
          readOnly={readOnly}
          onDirtyChange={setDirty}
        />
      )}
    </Stack>
  );
}

/** "Times in Europe/Madrid (GMT+2)": the grid is the location's wall clock, not the browser's. */
function ZoneNote({ timezone }: { timezone: string }) {
  const { t } = useTranslation('instructors');
  const language = useCurrentLanguage();
  const offset = formatUtcOffset(new Date(), timezone, language);
  return (
    <Group gap={6} mb={6} wrap="nowrap">
      <IconWorld size={16} color="var(--mantine-color-dimmed)" aria-hidden />
      <Text fz="sm" c="dimmed">
        {t('hours.zoneNote', { zone: timezone, offset: offset ?? '' })}
      </Text>
    </Group>
  );
}

const PROBLEM_KEYS = {
  incomplete: 'hours.problems.incomplete',
  endBeforeStart: 'hours.problems.endBeforeStart',
  overlap: 'hours.problems.overlap',
} as const;

function WeekEditor({
  instructorId,
  location,
  blocks,
  readOnly,
  onDirtyChange,
}: {
  instructorId: string;
  location: { id: string; name: string; timezone: string };
  blocks: readonly HoursBlock[];
  readOnly: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const { t } = useTranslation('instructors');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const names = weekdayNames(language);
  const { setHours, loading, error, reset } = useSetInstructorHours(instructorId);
  const [base, setBase] = useState(blocks);
  const [week, setWeek] = useState<WeekDraft>(() => weekOf(blocks));
  const [attempted, setAttempted] = useState(false);

  const saved = useMemo(() => weekOf(base), [base]);
  const changed = !sameWeek(week, saved);
  // Follow the saved hours while nothing is typed (a save, or another desk's change).
  if (blocks !== base && !changed) {
    setBase(blocks);
    setWeek(weekOf(blocks));
  }
  const problems = weekProblems(week);

  const update = (weekday: Weekday, ranges: RangeDraft[]) => {
    setWeek((current) => ({ ...current, [weekday]: ranges }));
    onDirtyChange(true);
  };

  async function save() {
    setAttempted(true);
    if (problems.size > 0) return;
    reset();
    try {
      const result = await setHours(location.id, hoursInput(week));
      if (result) {
        setBase(result);
        setWeek(weekOf(result));
        setAttempted(false);
        onDirtyChange(false);
        notifications.show({
          color: 'teal',
          message: t('hours.saved', { location: location.name }),
        });
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const discard = () => {
    reset();
    setAttempted(false);
    setWeek(weekOf(base));
    onDirtyChange(false);
  };

  const refusal = refusalDetails(error);
  const refusedDay = refusal.weekday;
  const apiMessage = error
    ? refusedFields(error).includes('hours') && refusal.reason
      ? t(`hours.refusals.${refusal.reason as 'HOURS_OVERLAP'}`, {
          day: refusedDay ? names[refusedDay - 1] : '',
          defaultValue: t('hours.refusals.other'),
        })
      : errorText(error)
    : undefined;
  const total = weeklyMinutes(week);

  return (
    <Section
      title={t('hours.title', { location: location.name })}
      description={t('hours.total', { hours: Math.floor(total / 60), minutes: total % 60 })}
    >
      {apiMessage && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {apiMessage}
        </Alert>
      )}
      {attempted && problems.size > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {t('hours.fixProblems')}
        </Alert>
      )}
      <Stack
        gap={0}
        component="ul"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('hours.gridLabel')}
      >
        {WEEKDAYS.map((weekday) => {
          const dayName = names[weekday - 1]!;
          const ranges = week[weekday];
          return (
            <Group
              key={weekday}
              component="li"
              align="flex-start"
              gap="md"
              py="sm"
              wrap="wrap"
              aria-label={dayName}
              style={{
                borderTop:
                  weekday > 1 ? '1px solid var(--mantine-color-default-border)' : undefined,
                background: refusedDay === weekday ? 'var(--mantine-color-red-light)' : undefined,
              }}
            >
              <Text fw={600} fz="sm" w={110} pt={8}>
                {dayName}
              </Text>
              <Stack gap="xs" style={{ flex: 1, minWidth: 240 }}>
                {ranges.length === 0 && (
                  <Text fz="sm" c="dimmed" pt={8}>
                    {t('hours.dayOff')}
                  </Text>
                )}
                {ranges.map((range, index) => {
                  const problem = problems.get(range.key);
                  const label = t('hours.rangeLabel', { day: dayName, n: index + 1 });
                  const change = (patch: Partial<RangeDraft>) =>
                    update(
                      weekday,
                      ranges.map((r) => (r.key === range.key ? { ...r, ...patch } : r)),
                    );
                  return (
                    <Stack key={range.key} gap={4} role="group" aria-label={label}>
                      <Group gap="xs" wrap="nowrap" align="center">
                        <TimeInput
                          aria-label={t('hours.from', { label })}
                          value={range.start}
                          onChange={(event) => change({ start: event.currentTarget.value })}
                          error={Boolean(problem && (attempted || problem !== 'incomplete'))}
                          leftSection={<IconClockHour4 size={16} aria-hidden />}
                          readOnly={readOnly}
                          w={130}
                        />
                        <Text c="dimmed" aria-hidden>
                          –
                        </Text>
                        <TimeInput
                          aria-label={t('hours.to', { label })}
                          value={range.end}
                          onChange={(event) => change({ end: event.currentTarget.value })}
                          error={Boolean(problem && (attempted || problem !== 'incomplete'))}
                          readOnly={readOnly}
                          w={110}
                        />
                        {!readOnly && (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            size="lg"
                            aria-label={t('hours.remove', { label })}
                            onClick={() =>
                              update(
                                weekday,
                                ranges.filter((r) => r.key !== range.key),
                              )
                            }
                          >
                            <IconTrash size={18} />
                          </ActionIcon>
                        )}
                      </Group>
                      {problem && (attempted || problem !== 'incomplete') && (
                        <Text fz="xs" c="red">
                          {t(PROBLEM_KEYS[problem])}
                        </Text>
                      )}
                    </Stack>
                  );
                })}
              </Stack>
              {!readOnly && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  mt={6}
                  leftSection={<IconPlus size={14} />}
                  onClick={() => update(weekday, [...ranges, suggestRange(ranges)])}
                >
                  {t('hours.add')}
                  <VisuallyHidden>{` ${t('hours.addOn', { day: dayName })}`}</VisuallyHidden>
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
      {!readOnly && (
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={discard} disabled={!changed || loading}>
            {t('hours.discard')}
          </Button>
          <Button onClick={() => void save()} loading={loading} disabled={!changed}>
            {t('hours.save')}
          </Button>
        </Group>
      )}
    </Section>
  );
}
