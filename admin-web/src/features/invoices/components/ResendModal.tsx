import { Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getFieldErrors } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import { useResendInvoice } from '../hooks/useInvoices';
import type { InvoiceRow } from './InvoiceParts';

/**
 * Mails a document again with its PDF: to the customer's address, or to another one (an
 * accountant, a new address). Without an address on file, another one is required.
 */
export function ResendModal({
  invoice,
  onClose,
}: {
  invoice: InvoiceRow | null;
  onClose: () => void;
}) {
  return (
    <AppModal
      opened={invoice !== null}
      onClose={onClose}
      title={useTranslation('invoices').t('resend.title')}
    >
      {invoice && <ResendForm key={invoice.id} invoice={invoice} onClose={onClose} />}
    </AppModal>
  );
}

function ResendForm({ invoice, onClose }: { invoice: InvoiceRow; onClose: () => void }) {
  const { t } = useTranslation('invoices');
  const errorText = useErrorText();
  const [resend, { loading, error, reset }] = useResendInvoice();
  const email = invoice.customer.email;
  const [other, setOther] = useState(!email);
  const [to, setTo] = useState('');
  const fieldError = error ? getFieldErrors(error).to : undefined;

  const submit = async () => {
    reset();
    const result = await resend({
      variables: { id: invoice.id, to: other ? to.trim() : null },
    }).catch(() => null);
    if (!result?.data) return;
    notifications.show({
      color: 'teal',
      message: t('resend.done', {
        number: invoice.displayNumber,
        to: other ? to.trim() : email,
      }),
    });
    onClose();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Text>{t('resend.body', { number: invoice.displayNumber })}</Text>
        {email ? (
          <Checkbox
            label={t('resend.other')}
            checked={other}
            onChange={(e) => setOther(e.currentTarget.checked)}
            description={other ? undefined : t('resend.toCustomer', { email })}
          />
        ) : (
          <Alert color="yellow">{t('resend.noEmail')}</Alert>
        )}
        {other && (
          <TextInput
            type="email"
            label={t('resend.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            required
            error={fieldError ? t('resend.invalidTo') : undefined}
            data-autofocus
          />
        )}
        {error && !fieldError && (
          <Alert color="red" role="alert">
            {errorText(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('resend.cancel')}
          </Button>
          <Button type="submit" loading={loading} disabled={other && !to.trim()}>
            {t('resend.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
