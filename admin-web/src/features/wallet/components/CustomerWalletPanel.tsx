import {
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconArrowsExchange, IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerWalletQuery } from '../../../gql/graphql';
import { canAccess } from '../../../shared/lib/can';
import { formatDateTime } from '../../../shared/lib/dates';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { useCustomerWallet } from '../hooks/useWallet';
import { ConvertModal } from './ConvertModal';
import { TopUpModal } from './TopUpModal';

type WalletData = NonNullable<CustomerWalletQuery['wallet']>;
type WalletLine = WalletData['lines'][number];

const FIRST_LINES = 30;
const MORE_LINES = 200;

/** What moved a wallet, as the ledger names it (anything new reads as it came). */
const LINE_KINDS = new Set([
  'PAYMENT',
  'REFUND',
  'WALLET_TOP_UP',
  'WALLET_PAYMENT',
  'FX_CONVERSION',
  'BOOKING_CHARGE',
  'CANCELLATION_FEE',
  'PACKAGE_SALE',
  'PACKAGE_CONSUMPTION',
  'PACKAGE_EXPIRY',
  'VOUCHER_SALE',
  'VOUCHER_REDEMPTION',
  'ALLOCATION',
  'REVERSAL',
]);

/**
 * A customer's wallet (management): the balance in each currency, from the ledger, the
 * latest movements with the balance after each, "Top up" and "Convert currency".
 */
export function CustomerWalletPanel({ customerId }: { customerId: string }) {
  const { user } = useCurrentUser();
  if (!user || !canAccess(user.role, 'finance')) return null;
  return <WalletPanel customerId={customerId} />;
}

function WalletPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation('payments');
  const titleId = useId();
  const [lineCount, setLineCount] = useState(FIRST_LINES);
  const { wallet, loading, loadingMore, error, retry } = useCustomerWallet(customerId, lineCount);
  const [dialog, setDialog] = useState<'topUp' | 'convert' | null>(null);

  if (loading) return <Skeleton h={200} radius="lg" />;
  if (error) return <ErrorState title={t('wallet.loadFailed')} error={error} onRetry={retry} />;
  if (!wallet) return null;
  const positive = wallet.balances.filter((b) => b.amountMinor > 0);

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={2} fz="h4" id={titleId}>
            {t('wallet.title')}
          </Title>
          <Group gap="sm">
            {positive.length > 0 && (
              <Button
                variant="default"
                leftSection={<IconArrowsExchange size={18} aria-hidden />}
                onClick={() => setDialog('convert')}
              >
                {t('wallet.convert')}
              </Button>
            )}
            <Button
              variant="light"
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setDialog('topUp')}
            >
              {t('wallet.topUp')}
            </Button>
          </Group>
        </Group>
        {wallet.balances.length === 0 ? (
          <Text c="dimmed" fz="sm">
            {t('wallet.empty')}
          </Text>
        ) : (
          <Group gap="sm" role="list" aria-label={t('wallet.balances')}>
            {wallet.balances.map((balance) => (
              <Box
                key={balance.currency}
                role="listitem"
                aria-label={t('wallet.balanceIn', {
                  currency: balance.currency,
                  amount: balance.formatted,
                })}
                px="md"
                py="sm"
                bg={
                  balance.amountMinor > 0
                    ? 'var(--mantine-color-teal-light)'
                    : 'var(--mantine-color-default-hover)'
                }
                style={{ borderRadius: 'var(--mantine-radius-md)', minWidth: 140 }}
              >
                <Text fz="xs" fw={600} c="dimmed">
                  {balance.currency}
                </Text>
                <Text fz="xl" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {balance.formatted}
                </Text>
              </Box>
            ))}
          </Group>
        )}
        <Statement lines={wallet.lines} />
        {wallet.lines.length >= lineCount && lineCount < MORE_LINES && (
          <Group justify="center">
            <Button
              variant="subtle"
              size="xs"
              loading={loadingMore}
              onClick={() => setLineCount(MORE_LINES)}
            >
              {t('wallet.more')}
            </Button>
          </Group>
        )}
      </Stack>
      <TopUpModal
        opened={dialog === 'topUp'}
        customer={wallet.customer}
        walletCurrencies={wallet.balances.map((b) => b.currency)}
        onClose={() => setDialog(null)}
      />
      <ConvertModal
        opened={dialog === 'convert'}
        customer={wallet.customer}
        balances={positive}
        onClose={() => setDialog(null)}
      />
    </Paper>
  );
}

/** The latest movements, newest first: when, what, how much in or out, the balance after. */
function Statement({ lines }: { lines: readonly WalletLine[] }) {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  if (lines.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} fz="sm" c="dimmed" tt="uppercase">
        {t('wallet.statement')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} aria-label={t('wallet.statement')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={190}>{t('wallet.when')}</Table.Th>
              <Table.Th>{t('wallet.what')}</Table.Th>
              <Table.Th w={130} ta="right">
                {t('wallet.amount')}
              </Table.Th>
              <Table.Th w={130} ta="right">
                {t('wallet.balanceAfter')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(line.occurredAt, language)}
                </Table.Td>
                <Table.Td fz="sm">
                  <Text fz="sm" span>
                    {LINE_KINDS.has(line.kind)
                      ? t(`wallet.kinds.${line.kind}` as 'wallet.kinds.PAYMENT')
                      : line.kind}
                  </Text>
                  {line.bookingId && (
                    <>
                      {' · '}
                      <Anchor component={Link} to={`/bookings/${line.bookingId}`} fz="sm">
                        {t('wallet.booking')}
                      </Anchor>
                    </>
                  )}
                  {line.memo && showsMemo(line) && (
                    <Text fz="xs" c="dimmed">
                      {line.memo}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td
                  fz="sm"
                  ta="right"
                  fw={600}
                  c={line.amount.amountMinor < 0 ? 'orange.8' : 'teal.8'}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {line.amount.amountMinor > 0
                    ? `+${line.amount.formatted}`
                    : line.amount.formatted}
                </Table.Td>
                <Table.Td fz="sm" ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {line.balanceAfter?.formatted ?? '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/**
 * A line's memo when it says something the kind does not: a refund's reason, a note. A
 * conversion's memo is the ledger's own English (its rate is in the amounts), and a memo that
 * only repeats the kind says nothing more.
 */
function showsMemo(line: WalletLine): boolean {
  if (!line.memo || line.kind === 'FX_CONVERSION') return false;
  return line.memo.toLowerCase() !== line.kind.toLowerCase();
}
