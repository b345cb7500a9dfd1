import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconFileInvoice } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import { useBookingInvoices, useIssueInvoice } from '../hooks/useInvoices';
import { Amount, InvoiceActions, KindBadge } from './InvoiceParts';

/**
 * A booking's invoices, with "Issue invoice": the tax invoice of a participant's share (the
 * booking's price under the location's tax rule), numbered and mailed by the API.
 */
export function BookingInvoices({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation('invoices');
  const errorText = useErrorText();
  const { booking, invoices, loading, error } = useBookingInvoices(bookingId);
  const [issuing, setIssuing] = useState(false);
  if (loading || !booking) return null;
  const invoicedTo = new Set(
    invoices.filter((i) => i.kind === 'INVOICE').map((i) => i.customer.id),
  );
  const open = booking.customers.filter((c) => !invoicedTo.has(c.id));
  const canIssue = booking.status !== 'CANCELLED' && open.length > 0;

  return (
    <Paper withBorder radius="lg" p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4">
            {t('booking.title')}
          </Title>
          {canIssue && (
            <Button
              variant="light"
              leftSection={<IconFileInvoice size={18} aria-hidden />}
              onClick={() => setIssuing(true)}
            >
              {t('booking.issue')}
            </Button>
          )}
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {errorText(error)}
          </Alert>
        )}
        {invoices.length === 0 ? (
          <Text c="dimmed" fz="sm">
            {t('booking.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {invoices.map((invoice) => (
              <Group component="li" key={invoice.id} justify="space-between" wrap="wrap" gap="xs">
                <Group gap="sm">
                  <KindBadge invoice={invoice} />
                  <Text ff="monospace" fz="sm">
                    {invoice.displayNumber}
                  </Text>
                  <Text fz="sm">{invoice.customerName}</Text>
                </Group>
                <Group gap="md">
                  <Amount invoice={invoice} />
                  <InvoiceActions invoice={invoice} />
                </Group>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <AppModal opened={issuing} onClose={() => setIssuing(false)} title={t('booking.issueTitle')}>
        {issuing && (
          <IssueForm
            bookingId={bookingId}
            customers={open}
            needsChoice={booking.customers.length > 1}
            onDone={() => setIssuing(false)}
          />
        )}
      </AppModal>
    </Paper>
  );
}

function IssueForm({
  bookingId,
  customers,
  needsChoice,
  onDone,
}: {
  bookingId: string;
  customers: ReadonlyArray<{ id: string; name: string }>;
  needsChoice: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('invoices');
  const errorText = useErrorText();
  const [customerId, setCustomerId] = useState<string | null>(
    customers.length === 1 ? customers[0]!.id : null,
  );
  const [issue, { loading, error, reset }] = useIssueInvoice();
  const fields = error ? getFieldErrors(error) : {};
  const message = !error
    ? null
    : getErrorCode(error) === 'CONFLICT'
      ? t('booking.conflict')
      : fields.customerId
        ? t('booking.notParticipant')
        : errorText(error);

  const submit = async () => {
    reset();
    const result = await issue({
      variables: { input: { bookingId, customerId: needsChoice ? customerId : null } },
    }).catch(() => null);
    const invoice = result?.data?.issueInvoice;
    if (!invoice) return;
    notifications.show({
      color: 'teal',
      message: t('booking.issued', { number: invoice.displayNumber }),
    });
    onDone();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Text>{t('booking.issueBody')}</Text>
        {needsChoice && (
          <Select
            label={t('booking.customer')}
            data={customers.map((c) => ({ value: c.id, label: c.name }))}
            value={customerId}
            onChange={setCustomerId}
            required
            data-autofocus
          />
        )}
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('resend.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={needsChoice && !customerId}>
            {t('booking.issueSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
