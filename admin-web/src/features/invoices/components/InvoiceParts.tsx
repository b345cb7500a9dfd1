import { ActionIcon, Badge, Button, Group, Text, Tooltip } from '@mantine/core';
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
export function SentState({ invoice, size = 'sm' }: { invoice: InvoiceRow; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation('invoices');
  const language = useCurrentLanguage();
  return (
    <Text fz={size} c="dimmed">
      {invoice.sentAt
        ? t('list.sentAt', {
            date: formatDateTime(invoice.sentAt, language, invoice.location.timezone),
          })
        : t('list.notSent')}
    </Text>
  );
}

/**
 * Open the PDF (same sign-in) and mail it again. `compact` shows icon buttons with tooltips
 * (a table's narrow column), otherwise labelled buttons (a card, a panel).
 */
export function InvoiceActions({
  invoice,
  onResend,
  compact = false,
}: {
  invoice: InvoiceRow;
  onResend?: (invoice: InvoiceRow) => void;
  compact?: boolean;
}) {
  const { t } = useTranslation('invoices');
  const pdfLabel = t('actions.pdfOf', { number: invoice.displayNumber });
  const resendLabel = t('actions.resendOf', { number: invoice.displayNumber });
  if (compact) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Tooltip label={t('actions.pdf')} withArrow>
          <ActionIcon
            component="a"
            href={invoice.pdfUrl}
            target="_blank"
            rel="noopener"
            variant="light"
            size="lg"
            aria-label={pdfLabel}
          >
            <IconFileTypePdf size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        {onResend && (
          <Tooltip label={t('actions.resend')} withArrow>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => onResend(invoice)}
              aria-label={resendLabel}
            >
              <IconMailForward size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        component="a"
        href={invoice.pdfUrl}
        target="_blank"
        rel="noopener"
        size="xs"
        variant="light"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        aria-label={pdfLabel}
      >
        {t('actions.pdf')}
      </Button>
      {onResend && (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconMailForward size={16} aria-hidden />}
          onClick={() => onResend(invoice)}
          aria-label={resendLabel}
        >
          {t('actions.resend')}
        </Button>
      )}
    </Group>
  );
}
