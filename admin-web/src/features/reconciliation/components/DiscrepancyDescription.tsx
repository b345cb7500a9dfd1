import { Anchor, List, Stack, Text } from '@mantine/core';
import { formatMoney, type MoneyValue } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../shared/lib/dates';
import { linkOf, type Discrepancy } from '../lib/discrepancy';

/**
 * What a discrepancy is about, in words: the figures the run found (amounts in the UI
 * language, times in the location's zone), the people who owe or paid, and a link to where
 * it is acted on (the booking, else the customer).
 */
export function DiscrepancyDescription({ discrepancy: d }: { discrepancy: Discrepancy }) {
  const { t } = useTranslation('reconciliation');
  const language = useCurrentLanguage();
  const zone = d.location?.timezone;
  const money = (value: MoneyValue | null | undefined) =>
    value ? formatMoney(value, language) : '';
  const at = (iso: string | null | undefined) => (iso ? formatDateTime(iso, language, zone) : '');
  const day = (iso: string | null | undefined) => (iso ? formatDate(iso, language, zone) : '');
  const method = (value: string | null | undefined) =>
    value ? t(`methods.${value as 'CASH'}`, { defaultValue: value }) : '';
  const details = d.details;
  const link = linkOf(d);

  let body;
  switch (d.kind) {
    case 'UNBALANCED_JOURNAL':
      body = (
        <Text fz="sm">
          {t('details.unbalanced', {
            kind: details.journalKind
              ? t(`journalKinds.${details.journalKind as 'PAYMENT'}`, {
                  defaultValue: details.journalKind,
                })
              : '',
            date: at(details.occurredAt),
            currency: d.amount.currency,
            amount: money(details.offBy),
          })}
        </Text>
      );
      break;
    case 'WALLET_DRIFT':
      body = (
        <Stack gap={2}>
          <Text fz="sm">
            {details.recorded
              ? t('details.walletDrift', {
                  customer: details.customerName,
                  currency: d.amount.currency,
                  expected: money(details.expected),
                  recorded: money(details.recorded),
                })
              : t('details.walletNoRecorded', {
                  customer: details.customerName,
                  currency: d.amount.currency,
                  expected: money(details.expected),
                })}
          </Text>
          {(details.linesWithoutBalance ?? 0) > 0 && (
            <Text fz="sm">
              {t('details.walletMissing', { count: details.linesWithoutBalance ?? 0 })}
            </Text>
          )}
          {(details.expected?.amountMinor ?? 0) < 0 && (
            <Text fz="sm" c="red">
              {t('details.walletNegative')}
            </Text>
          )}
        </Stack>
      );
      break;
    case 'UNLINKED_PAYMENT':
      body = (
        <Text fz="sm">
          {t('details.unlinked', {
            customer: details.customerName,
            amount: money(details.paymentAmount),
            method: method(details.method),
            date: at(details.paidAt),
            onAccount: money(details.onAccount),
          })}
        </Text>
      );
      break;
    case 'UNPAID_COMPLETED_BOOKING':
      body = (
        <Stack gap={2}>
          <Text fz="sm">
            {t('details.unpaid', {
              service: details.serviceName,
              date: at(details.bookingStartsAt),
              completed: day(details.completedAt),
              amount: money(d.amount),
            })}
          </Text>
          <List fz="sm" size="sm">
            {details.customers.map((c) => (
              <List.Item key={c.id}>
                {t('details.owes', { name: c.name, amount: money(c.amount) })}
              </List.Item>
            ))}
          </List>
        </Stack>
      );
      break;
    case 'DUPLICATE_PAYMENT':
      body = (
        <Stack gap={2}>
          <Text fz="sm">
            {t(details.bookingId ? 'details.duplicate' : 'details.duplicateNoBooking', {
              customer: details.customerName,
              amount: money(details.paymentAmount),
              method: method(details.method),
              count: details.payments.length,
            })}
          </Text>
          <List fz="sm" size="sm">
            {details.payments.map((p) => (
              <List.Item key={p.id}>{at(p.createdAt)}</List.Item>
            ))}
          </List>
        </Stack>
      );
      break;
  }

  return (
    <Stack gap={4}>
      {body}
      {d.resolutionNote && (
        <Text fz="sm" c="dimmed" fs="italic">
          {t('details.note', { note: d.resolutionNote })}
        </Text>
      )}
      {link && (
        <Anchor component={Link} to={link.to} fz="sm">
          {link.target === 'booking' ? t('details.openBooking') : t('details.openCustomer')}
        </Anchor>
      )}
    </Stack>
  );
}
