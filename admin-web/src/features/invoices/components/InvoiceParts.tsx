import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { formatMoney } from '@plannivo/web-kit/booking';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconFileTypePdf, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InvoiceListFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/lib/dates';

export type InvoiceRow = InvoiceListFieldsFragment;

/** Receipt, refund receipt or invoice, in colour. */
export function KindBadge({ invoice }: { invoice: InvoiceRow }) {
  const { t } = useTranslation('invoices');
  const kind = invoice.kind === 'INVOICE' ? 'INVOICE' : invoice.isRefund ? 'REFUND' : 'RECEIPT';
  const color = { INVOICE: 'indigo', RECEIPT: 'teal', REFUND: 'orange' }[kind];
  return (
    <Badge color={color} variant="light">
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

/** The amount in the UI's language; a refund in red. */
export function Amount({ invoice }: { invoice: InvoiceRow }) {
  const language = useCurrentLanguage();
  return (
    <Text fw={600} c={invoice.isRefund ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
      {formatMoney(invoice.total, language)}
    </Text>
  );
}

/** When it was issued, on the location's clock. */
export function IssuedAt({ invoice }: { invoice: InvoiceRow }) {
  const language = useCurrentLanguage();
  return <>{formatDateTime(invoice.issuedAt, language, invoice.location.timezone)}</>;
}

/** When it was last mailed, or that it was not. */
export function SentState({ invoice }: { invoice: InvoiceRow }) {
  const { t } = useTranslation('invoices');
  const language = useCurrentLanguage();
  return (
    <Text fz="sm" c={invoice.sentAt ? undefined : 'dimmed'}>
      {invoice.sentAt
        ? t('list.sentAt', {
            date: formatDateTime(invoice.sentAt, language, invoice.location.timezone),
          })
        : t('list.notSent')}
    </Text>
  );
}

/** Open the PDF (same sign-in) and mail it again. */
export function InvoiceActions({
  invoice,
  onResend,
}: {
  invoice: InvoiceRow;
  onResend?: (invoice: InvoiceRow) => void;
}) {
  const { t } = useTranslation('invoices');
  return (
    <Group gap="xs" wrap="nowrap">
      <Anchor
        href={invoice.pdfUrl}
        target="_blank"
        rel="noopener"
        fz="sm"
        aria-label={t('actions.pdfOf', { number: invoice.displayNumber })}
      >
        <Group gap={4} wrap="nowrap">
          <IconFileTypePdf size={18} aria-hidden />
          {t('actions.pdf')}
        </Group>
      </Anchor>
      {onResend && (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconMailForward size={16} aria-hidden />}
          onClick={() => onResend(invoice)}
          aria-label={t('actions.resendOf', { number: invoice.displayNumber })}
        >
          {t('actions.resend')}
        </Button>
      )}
    </Group>
  );
}
