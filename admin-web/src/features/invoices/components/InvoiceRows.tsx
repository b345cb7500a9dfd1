import { Anchor, Box, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { rowBorder } from '../../../shared/ui/ListPanel';
import {
  Amount,
  InvoiceActions,
  IssuedAt,
  KindBadge,
  SentState,
  type InvoiceRow,
} from './InvoiceParts';

interface RowsProps {
  invoices: readonly InvoiceRow[];
  loading: boolean;
  onResend: (invoice: InvoiceRow) => void;
}

/** The documents: a table on a desk, stacked cards on a phone. */
export function InvoiceRows(props: RowsProps) {
  return useIsDesk() ? <InvoiceTable {...props} /> : <InvoiceCards {...props} />;
}

function InvoiceTable({ invoices, loading, onResend }: RowsProps) {
  const { t } = useTranslation('invoices');
  return (
    <DataTable
      minWidth={820}
      loading={loading}
      skeletonRows={8}
      rows={invoices}
      columns={[
        { label: t('list.number'), w: 190, skeleton: <SkeletonLine width={150} /> },
        { label: t('list.issued'), w: 220, skeleton: <SkeletonLine width={110} /> },
        { label: t('list.customer'), skeleton: <SkeletonLine width={140} /> },
        { label: t('list.total'), w: 140, skeleton: <SkeletonLine width={70} /> },
        { label: t('list.actions'), hiddenLabel: true, w: 110 },
      ]}
      renderRow={(invoice) => (
        <Table.Tr key={invoice.id}>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              <Text fw={600} ff="monospace" fz="sm">
                {invoice.displayNumber}
              </Text>
              <Group gap={6}>
                <KindBadge invoice={invoice} />
                <Text fz="xs" c="dimmed">
                  {invoice.location.name}
                </Text>
              </Group>
            </Stack>
          </Table.Td>
          <Table.Td>
            <Text fz="sm">
              <IssuedAt invoice={invoice} />
            </Text>
            <SentState invoice={invoice} size="xs" />
          </Table.Td>
          <Table.Td>
            <Anchor component={Link} to={`/customers/${invoice.customer.id}`}>
              {invoice.customerName}
            </Anchor>
            {invoice.booking && (
              <Anchor
                component={Link}
                to={`/bookings/${invoice.booking.id}`}
                c="dimmed"
                fz="xs"
                display="block"
              >
                {t('list.booking')}
              </Anchor>
            )}
          </Table.Td>
          <Table.Td>
            <Amount invoice={invoice} />
          </Table.Td>
          <Table.Td>
            <InvoiceActions invoice={invoice} onResend={onResend} compact />
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}

function InvoiceCards({ invoices, loading, onResend }: RowsProps) {
  if (loading) {
    return (
      <Stack gap={0} aria-hidden>
        {Array.from({ length: 5 }, (_, i) => (
          <Box key={i} p="md" style={{ borderBottom: rowBorder }}>
            <SkeletonLine width="60%" />
          </Box>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {invoices.map((invoice) => (
        <Box component="li" key={invoice.id} p="md" style={{ borderBottom: rowBorder }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Text fw={600} ff="monospace" fz="sm">
                {invoice.displayNumber}
              </Text>
              <Text fz="sm" truncate>
                {invoice.customerName}
              </Text>
              <Text fz="xs" c="dimmed">
                <IssuedAt invoice={invoice} /> · {invoice.location.name}
              </Text>
            </Stack>
            <Stack gap={4} align="flex-end">
              <Amount invoice={invoice} />
              <KindBadge invoice={invoice} />
            </Stack>
          </Group>
          <Group justify="space-between" mt="xs">
            <SentState invoice={invoice} size="xs" />
            <InvoiceActions invoice={invoice} onResend={onResend} />
          </Group>
        </Box>
      ))}
    </Stack>
  );
}
