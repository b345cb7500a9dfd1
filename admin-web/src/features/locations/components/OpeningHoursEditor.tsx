import { ActionIcon, Group, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { copyToEveryDay, toTimeOfDay, weekdayNames, type DayHours } from '../openingHours';

/**
 * The week, Monday first: each day open or closed, and from when to when in the location's
 * local time. A day's hours can be copied to every day.
 */
export function OpeningHoursEditor({
  week,
  onChange,
  invalidDays,
  error,
  readOnly,
}: {
  week: DayHours[];
  onChange: (week: DayHours[]) => void;
  /** Weekdays whose range is refused (closing before opening). */
  invalidDays: number[];
  /** The API refused the week. */
  error?: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation('locations');
  const names = weekdayNames(useCurrentLanguage());
  const update = (weekday: number, change: Partial<DayHours>) =>
    onChange(week.map((day) => (day.weekday === weekday ? { ...day, ...change } : day)));

  return (
    <Stack gap={6} role="group" aria-label={t('hours.title')}>
      {week.map((day) => {
        const name = names[day.weekday - 1]!;
        const invalid = invalidDays.includes(day.weekday);
        return (
          <Group
            key={day.weekday}
            gap="sm"
            wrap="wrap"
            align="center"
            role="group"
            aria-label={name}
            mih={44}
          >
            <Switch
              w={170}
              label={name}
              checked={day.open}
              onChange={(event) => update(day.weekday, { open: event.currentTarget.checked })}
              aria-label={t('hours.openOn', { day: name })}
            />
            {day.open ? (
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <TimeInput
                  aria-label={t('hours.fromOn', { day: name })}
                  value={day.from}
                  onChange={(event) =>
                    update(day.weekday, { from: toTimeOfDay(event.currentTarget.value) })
                  }
                  error={invalid}
                  w={150}
                />
                <Text c="dimmed" mt={6} aria-hidden>
                  –
                </Text>
                <TimeInput
                  aria-label={t('hours.toOn', { day: name })}
                  value={day.to}
                  onChange={(event) =>
                    update(day.weekday, { to: toTimeOfDay(event.currentTarget.value) })
                  }
                  error={invalid}
                  w={150}
                />
                {!readOnly && (
                  <Tooltip label={t('hours.copyToAll')} withArrow>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      mt={1}
                      aria-label={t('hours.copyToAllFrom', { day: name })}
                      onClick={() => onChange(copyToEveryDay(week, day))}
                    >
                      <IconCopy size={18} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            ) : (
              <Text c="dimmed" fz="sm">
                {t('hours.closed')}
              </Text>
            )}
            {invalid && (
              <Text c="red" fz="sm" role="alert">
                {t('hours.invalidDay')}
              </Text>
            )}
          </Group>
        );
      })}
      {error && (
        <Text c="red" fz="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
