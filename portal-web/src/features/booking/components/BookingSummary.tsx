import { Alert, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { bookingTotal, formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconInfoCircle, IconReceiptRefund } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GearChoice } from '../lib/flow';
import { lateFeeMinor, policyBeforeBooking } from '../lib/policy';
import { formatLocalDate, formatTimeRange, localDateOf } from '../lib/zoned';
import type { BookPerson } from './PeoplePicker';
import type { BookService } from './ServicePicker';
import type { BookSlot } from './TimePicker';

/** Step 5: what will be requested, its price and the cancellation policy in words. */
export function BookingSummary({
  service,
  slot,
  people,
  gear,
  categoryLabel,
  children,
}: {
  service: BookService;
  slot: BookSlot;
  people: readonly BookPerson[];
  gear: readonly GearChoice[];
  categoryLabel: (category: string) => string;
  /** The request button and any refusal. */
  children: ReactNode;
}) {
  const { t } = useTranslation('booking');
  const language = useCurrentLanguage();
  const zone = service.location.timezone;
  const total = bookingTotal(service.price, people.length);
  const policy = policyBeforeBooking(
    service,
    formatMoney(
      {
        amountMinor: lateFeeMinor(total.amountMinor, service.lateCancellationFeeBps),
        currency: total.currency,
      },
      language,
    ),
    language,
  );
  const row = (label: string, value: ReactNode) => (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Text c="dimmed" fz="sm">
        {label}
      </Text>
      <Text fz="sm" ta="right">
        {value}
      </Text>
    </Group>
  );
  const gearText = gear
    .filter((g) => !g.own)
    .map((g) => `${categoryLabel(g.category)}${g.size ? ` ${g.size}` : ''}`);
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Text fw={700}>{service.name}</Text>
          {row(t('summary.where'), service.location.name)}
          {row(
            t('summary.when'),
            `${formatLocalDate(localDateOf(slot.startsAt, zone), language, { weekday: 'short', day: 'numeric', month: 'short' })}, ${formatTimeRange(slot.startsAt, slot.endsAt, zone)}`,
          )}
          {slot.sessionBookingId && row(t('summary.group'), t('summary.joinsGroup'))}
          {row(t('summary.who'), people.map((p) => p.name).join(', '))}
          {gear.length > 0 &&
            row(t('summary.gear'), gearText.length ? gearText.join(', ') : t('summary.ownGear'))}
          <Divider />
          {row(
            t('summary.price'),
            t('summary.priceLine', { unit: service.price.formatted, count: people.length }),
          )}
          <Group justify="space-between">
            <Text fw={700}>{t('summary.total')}</Text>
            <Text fw={700}>{formatMoney(total, language)}</Text>
          </Group>
        </Stack>
      </Paper>
      <Alert
        variant="light"
        color="blue"
        icon={<IconReceiptRefund aria-hidden />}
        title={t('summary.policyTitle')}
        role="note"
      >
        {t(policy.key, policy.values)}
      </Alert>
      <Group gap={6} wrap="nowrap" align="flex-start" c="dimmed">
        <IconInfoCircle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text fz="sm">{t('summary.requestNote')}</Text>
      </Group>
      {children}
    </Stack>
  );
}
