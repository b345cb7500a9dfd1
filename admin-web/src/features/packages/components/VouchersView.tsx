import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconGift, IconSearch, IconTicket, IconWallet } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VoucherFieldsFragment, VoucherKind, VoucherStatus } from '../../../gql/graphql';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { formatDate } from '../../../shared/lib/dates';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { useVouchers } from '../hooks/usePackages';
import { IssueVoucherModal } from './IssueVoucherModal';
import { CodeWithCopy, VoucherStatusBadge } from './PackageParts';
import { RedeemVoucherModal } from './RedeemVoucherModal';
import { SellPackageModal } from './SellPackageModal';

const ALL = 'ALL';
const STATUSES: VoucherStatus[] = ['ACTIVE', 'REDEEMED', 'EXPIRED'];
const KINDS: VoucherKind[] = ['CREDIT', 'GIFT_PACKAGE'];

/**
 * The school's voucher codes (management): credit vouchers and gift packages, by state, kind
 * or a search in codes and recipients; issue a credit voucher, sell a gift package, redeem a
 * code for a customer; copy any code.
 */
export function VouchersView() {
  const { t } = useTranslation('packages');
  const isDesk = useIsDesk();
  const [status, setStatus] = useState<VoucherStatus | null>(null);
  const [kind, setKind] = useState<VoucherKind | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [dialog, setDialog] = useState<'credit' | 'gift' | 'redeem' | null>(null);
  const filter = useMemo(
    () => ({ status, kind, search: debounced || null }),
    [status, kind, debounced],
  );
  const list = useVouchers(filter);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="sm" align="flex-end">
          <Select
            label={t('vouchers.status')}
            data={[
              { value: ALL, label: t('vouchers.all') },
              ...STATUSES.map((s) => ({ value: s, label: t(`voucherStatus.${s}`) })),
            ]}
            value={status ?? ALL}
            onChange={(v) => setStatus(v && v !== ALL ? (v as VoucherStatus) : null)}
            allowDeselect={false}
            w={{ base: '100%', xs: 170 }}
          />
          <Select
            label={t('vouchers.kind')}
            data={[
              { value: ALL, label: t('vouchers.all') },
              ...KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) })),
            ]}
            value={kind ?? ALL}
            onChange={(v) => setKind(v && v !== ALL ? (v as VoucherKind) : null)}
            allowDeselect={false}
            w={{ base: '100%', xs: 170 }}
          />
          <TextInput
            label={t('vouchers.search')}
            placeholder={t('vouchers.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            leftSection={<IconSearch size={16} aria-hidden />}
            w={{ base: '100%', xs: 240 }}
          />
        </Group>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconTicket size={18} aria-hidden />}
            onClick={() => setDialog('redeem')}
          >
            {t('panel.redeem')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconGift size={18} aria-hidden />}
            onClick={() => setDialog('gift')}
          >
            {t('vouchers.sellGift')}
          </Button>
          <Button
            leftSection={<IconWallet size={18} aria-hidden />}
            onClick={() => setDialog('credit')}
          >
            {t('vouchers.issueCredit')}
          </Button>
        </Group>
      </Group>

      {list.loading ? (
        <Skeleton h={240} radius="lg" />
      ) : list.error ? (
        <ErrorState title={t('vouchers.loadFailed')} error={list.error} onRetry={list.retry} />
      ) : list.nodes.length === 0 ? (
        <Paper withBorder radius="lg" p="xl">
          <Text c="dimmed" ta="center">
            {filter.status || filter.kind || filter.search
              ? t('vouchers.noMatch')
              : t('vouchers.empty')}
          </Text>
        </Paper>
      ) : (
        <Stack gap="sm" style={{ opacity: list.stale ? 0.6 : 1 }}>
          <Text fz="sm" fw={600} aria-live="polite">
            {t('vouchers.count', { count: list.totalCount })}
          </Text>
          {isDesk ? <VoucherTable vouchers={list.nodes} /> : <VoucherCards vouchers={list.nodes} />}
          {list.hasMore && (
            <Group justify="center">
              <Button
                variant="subtle"
                loading={list.loadingMore}
                onClick={() => void list.loadMore()}
              >
                {t('vouchers.more')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <IssueVoucherModal opened={dialog === 'credit'} onClose={() => setDialog(null)} />
      <SellPackageModal opened={dialog === 'gift'} gift onClose={() => setDialog(null)} />
      <RedeemVoucherModal opened={dialog === 'redeem'} onClose={() => setDialog(null)} />
    </Stack>
  );
}

function useVoucherTexts() {
  const { t } = useTranslation('packages');
  const language = useCurrentLanguage();
  return {
    what: (v: VoucherFieldsFragment) =>
      v.kind === 'CREDIT'
        ? (v.amount?.formatted ?? '')
        : (v.customerPackage?.name ?? t('kind.GIFT_PACKAGE')),
    date: (iso: string | null | undefined, v: VoucherFieldsFragment) =>
      iso ? formatDate(iso, language, v.location?.timezone) : '—',
  };
}

function PersonLink({ person }: { person?: { id: string; name: string } | null }) {
  if (!person) return <>—</>;
  return (
    <Anchor component={Link} to={`/customers/${person.id}`} fz="sm">
      {person.name}
    </Anchor>
  );
}

function VoucherTable({ vouchers }: { vouchers: readonly VoucherFieldsFragment[] }) {
  const { t } = useTranslation('packages');
  const text = useVoucherTexts();
  return (
    <Paper withBorder radius="lg">
      <Table.ScrollContainer minWidth={960}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vouchers.code')}</Table.Th>
              <Table.Th>{t('vouchers.what')}</Table.Th>
              <Table.Th>{t('vouchers.status')}</Table.Th>
              <Table.Th>{t('vouchers.for')}</Table.Th>
              <Table.Th>{t('vouchers.buyer')}</Table.Th>
              <Table.Th>{t('vouchers.issued')}</Table.Th>
              <Table.Th>{t('vouchers.expires')}</Table.Th>
              <Table.Th>{t('vouchers.redeemedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {vouchers.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  <CodeWithCopy code={v.code} />
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" fw={500}>
                    {text.what(v)}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {t(`kind.${v.kind}`)} · {v.location?.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <VoucherStatusBadge status={v.status} />
                </Table.Td>
                <Table.Td>{v.recipientName ?? '—'}</Table.Td>
                <Table.Td>
                  <PersonLink person={v.buyer} />
                </Table.Td>
                <Table.Td>{text.date(v.issuedAt, v)}</Table.Td>
                <Table.Td>{v.expiresAt ? text.date(v.expiresAt, v) : t('vouchers.noEnd')}</Table.Td>
                <Table.Td>
                  <PersonLink person={v.redeemedBy} />
                  {v.redeemedAt && (
                    <Text fz="xs" c="dimmed">
                      {text.date(v.redeemedAt, v)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function VoucherCards({ vouchers }: { vouchers: readonly VoucherFieldsFragment[] }) {
  const { t } = useTranslation('packages');
  const text = useVoucherTexts();
  return (
    <Stack gap="sm">
      {vouchers.map((v) => (
        <Paper key={v.id} withBorder radius="md" p="md">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap">
              <CodeWithCopy code={v.code} />
              <VoucherStatusBadge status={v.status} />
            </Group>
            <Text fw={600}>{text.what(v)}</Text>
            <Text fz="sm" c="dimmed">
              {[
                t(`kind.${v.kind}`),
                v.recipientName && t('vouchers.forName', { name: v.recipientName }),
                v.location?.name,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('vouchers.issuedOn', { date: text.date(v.issuedAt, v) })}
              {v.expiresAt && ` · ${t('vouchers.expiresOn', { date: text.date(v.expiresAt, v) })}`}
            </Text>
            {v.redeemedBy && (
              <Text fz="sm">
                {t('vouchers.redeemedBy')}: <PersonLink person={v.redeemedBy} />
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
