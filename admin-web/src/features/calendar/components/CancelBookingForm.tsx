import { Button, Checkbox, Collapse, Group, Stack, Text, Textarea } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarBookingQuery } from '../../../gql/graphql';
import { formatInstant } from '../format';

type Quote = NonNullable<NonNullable<CalendarBookingQuery['booking']>['cancellationQuote']>;

const REASON_MAX = 500;

/**
 * Cancelling under the service's policy: until when it is free, or the fee it costs now
 * (which staff may waive), and a reason.
 */
export function CancelBookingForm({
  quote,
  timeZone,
  busy,
  onCancel,
}: {
  quote: Quote;
  timeZone: string;
  busy: boolean;
  onCancel: (reason: string, waiveFee: boolean) => Promise<boolean>;
}) {
  const { t } = useTranslation('calendar');
  const language = useCurrentLanguage();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [waive, setWaive] = useState(false);
  const time = formatInstant(quote.freeUntil, timeZone, language);
  const hasFee = quote.late && quote.fee.amountMinor > 0;

  return (
    <Stack gap={6}>
      <Text fz="sm" c={hasFee ? 'orange.9' : 'dimmed'}>
        {quote.late
          ? t('drawer.cancel.late', { time, fee: quote.fee.formatted })
          : t('drawer.cancel.free', { time })}
      </Text>
      {!opened && (
        <Group justify="flex-end">
          <Button variant="light" color="red" onClick={() => setOpened(true)}>
            {t('drawer.cancel.open')}
          </Button>
        </Group>
      )}
      <Collapse expanded={opened}>
        <Stack gap="sm">
          <Textarea
            label={t('drawer.cancel.reason')}
            placeholder={t('drawer.cancel.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={REASON_MAX}
            autosize
            minRows={2}
          />
          {hasFee && (
            <Checkbox
              label={t('drawer.cancel.waive')}
              checked={waive}
              onChange={(e) => setWaive(e.currentTarget.checked)}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpened(false)} disabled={busy}>
              {t('drawer.cancel.keep')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void onCancel(reason, waive)}>
              {t('drawer.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </Collapse>
    </Stack>
  );
}
