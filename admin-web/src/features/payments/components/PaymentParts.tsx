import { Anchor, Badge, Group, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PaymentKind, PaymentMethod, PaymentRowFieldsFragment } from '../../../gql/graphql';

export type PaymentRow = PaymentRowFieldsFragment;

const METHOD_COLORS = {
  CASH: 'teal',
  CARD: 'blue',
  BANK_TRANSFER: 'grape',
  WALLET: 'orange',
} as const satisfies Record<PaymentMethod, string>;

const KIND_COLORS = {
  PAYMENT: 'teal',
  TOP_UP: 'cyan',
  REFUND: 'orange',
  PACKAGE_SALE: 'indigo',
  VOUCHER_SALE: 'violet',
} as const satisfies Record<PaymentKind, string>;

/** Cash, card, transfer or wallet, in colour. */
export function MethodBadge({ method }: { method: PaymentMethod }) {
  const { t } = useTranslation('payments');
  return (
    <Badge color={METHOD_COLORS[method]} variant="light" tt="none">
      {t(`methods.${method}`)}
    </Badge>
  );
}

/** Payment, top-up, refund or a sale, in colour. */
export function KindBadge({ kind }: { kind: PaymentKind }) {
  const { t } = useTranslation('payments');
  return (
    <Badge color={KIND_COLORS[kind]} variant="dot" tt="none">
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

/** The amount as the API formats it; a refund is money going out, in orange with a minus. */
export function PaymentAmount({ payment }: { payment: PaymentRow }) {
  const refund = payment.kind === 'REFUND';
  return (
    <Text fw={600} c={refund ? 'orange.8' : undefined} style={{ whiteSpace: 'nowrap' }}>
      {refund ? `−${payment.amount.formatted}` : payment.amount.formatted}
    </Text>
  );
}

/** The receipt's PDF (same sign-in), or a dash while none was issued. */
export function ReceiptLink({ payment }: { payment: PaymentRow }) {
  const { t } = useTranslation('payments');
  if (!payment.receipt)
    return (
      <Text fz="sm" c="dimmed">
        {t('payment.noReceipt')}
      </Text>
    );
  return (
    <Anchor
      href={payment.receipt.pdfUrl}
      target="_blank"
      rel="noopener"
      fz="sm"
      aria-label={t('payment.receiptOf', { number: payment.receipt.displayNumber })}
    >
      <Group gap={4} wrap="nowrap">
        <IconFileTypePdf size={18} aria-hidden />
        {t('payment.receipt')}
      </Group>
    </Anchor>
  );
}
