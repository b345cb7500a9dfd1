import {
  Alert,
  Button,
  Divider,
  Group,
  List,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { bookingTotal, formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconAlertTriangle, IconRepeat } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardService } from '../hooks/useWizardData';
import { MAX_DAYS, NOTES_MAX, stepProblem, type Draft, type Step } from '../lib/draft';
import {
  dailyStarts,
  formatLocalDateTime,
  formatTimeRange,
  formatLocalDate,
  localDateOf,
} from '../lib/zoned';
import { ServiceFacts } from './ServiceFacts';
import { useCategoryLabel } from './useCategoryLabel';

/** Step 5: everything chosen, the price, notes and an optional repeat, before booking. */
export function SummaryStep({
  service,
  draft,
  slotStillFree,
  refusal,
  onNotes,
  onDays,
  onGoTo,
}: {
  service: WizardService;
  draft: Draft;
  /** False when availability, asked again with the people and gear chosen, no longer offers the slot. */
  slotStillFree: boolean | null;
  /** The last refusal, in words, from the wizard. */
  refusal: ReactNode;
  onNotes: (notes: string) => void;
  onDays: (days: number) => void;
  onGoTo: (step: Step) => void;
}) {
  const { t } = useTranslation('bookingWizard');
  const language = useCurrentLanguage();
  const category = useCategoryLabel();
  const zone = service.location.timezone;
  const slot = draft.slot!;
  const people = draft.customers.length;
  const days = Number.isInteger(draft.days) && draft.days >= 1 ? draft.days : 1;
  const total = bookingTotal(service.price, people, days);
  const instructor = slot.instructors.find((i) => i.id === draft.instructorId);
  const starts = days > 1 ? dailyStarts(slot.startsAt, zone, days) : [];
  const problem = stepProblem('summary', draft, service);

  const row = (label: string, value: ReactNode, step: Step) => (
    <Table.Tr>
      <Table.Th w={180} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
      <Table.Td w={90} ta="right">
        <Button variant="subtle" size="compact-sm" onClick={() => onGoTo(step)}>
          {t('summary.change')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );

  return (
    <Stack gap="md" maw={820}>
      {slotStillFree === false && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('summary.mayNotFit')}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md">
        <Table withRowBorders={false} verticalSpacing={6}>
          <Table.Tbody>
            {row(
              t('summary.service'),
              <Stack gap={2}>
                <Text fw={600}>{service.name}</Text>
                <ServiceFacts service={service} />
              </Stack>,
              'service',
            )}
            {row(t('summary.location'), service.location.name, 'service')}
            {row(
              t('summary.when'),
              <Stack gap={2}>
                <Text>
                  {formatLocalDate(localDateOf(slot.startsAt, zone), language)},{' '}
                  {formatTimeRange(slot.startsAt, slot.endsAt, zone)}
                </Text>
                <Text fz="xs" c="dimmed">
                  {t('summary.zone', { zone })}
                </Text>
                {slot.sessionBookingId && (
                  <Text fz="sm" c="teal">
                    {t('slot.joinSession')}
                  </Text>
                )}
              </Stack>,
              'slot',
            )}
            {service.kind === 'LESSON' &&
              row(t('summary.instructor'), instructor?.name ?? t('slot.instructorAuto'), 'slot')}
            {row(
              t('summary.participants', { count: people }),
              draft.customers.map((c) => c.name).join(', '),
              'participants',
            )}
            {row(
              t('summary.gear'),
              draft.equipment.length
                ? draft.equipment
                    .filter((g) => g.category)
                    .map((g) =>
                      g.size ? `${category(g.category)} ${g.size}` : category(g.category),
                    )
                    .join(', ')
                : t('summary.noGear'),
              'equipment',
            )}
          </Table.Tbody>
        </Table>
        <Divider my="sm" />
        <Group justify="space-between" align="flex-end">
          <Text c="dimmed" fz="sm">
            {days > 1
              ? t('summary.priceSeries', {
                  unit: service.price.formatted,
                  count: people,
                  days,
                })
              : t('summary.priceLine', { unit: service.price.formatted, count: people })}
          </Text>
          <Text fw={700} fz="lg" aria-label={t('summary.total')}>
            {t('summary.totalValue', { total: formatMoney(total, language) })}
          </Text>
        </Group>
      </Paper>
      <Textarea
        label={t('summary.notes')}
        description={t('summary.notesHelp')}
        value={draft.notes}
        onChange={(e) => onNotes(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={6}
        error={
          problem === 'notesTooLong' ? t('problems.notesTooLong', { max: NOTES_MAX }) : undefined
        }
      />
      <NumberInput
        label={t('summary.days')}
        description={t('summary.daysHelp', { max: MAX_DAYS })}
        leftSection={<IconRepeat size={16} aria-hidden />}
        value={draft.days}
        onChange={(value) => onDays(typeof value === 'number' ? value : Number(value) || 1)}
        min={1}
        max={MAX_DAYS}
        allowDecimal={false}
        clampBehavior="strict"
        maw={220}
        error={
          problem === 'days'
            ? t('problems.days', { max: MAX_DAYS })
            : problem === 'gearInSeries'
              ? t('problems.gearInSeries')
              : undefined
        }
      />
      {starts.length > 0 && (
        <Stack gap={4}>
          <Text fz="sm" fw={500}>
            {t('summary.seriesDates', { count: starts.length })}
          </Text>
          <List size="sm">
            {starts.map((s) => (
              <List.Item key={s}>{formatLocalDateTime(s, zone, language)}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {refusal}
    </Stack>
  );
}
