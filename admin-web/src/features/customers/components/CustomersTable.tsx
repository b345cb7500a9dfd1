import { Anchor, Avatar, Badge, Group, Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InstantText } from '../../../shared/ui/InstantText';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { SkillBadges } from './SkillBadges';
import { TagBadges } from './TagBadges';
import { customerPath, type CustomersViewProps } from './viewProps';

const SKELETON_ROWS = 8;

/** The desk view: one row per record; the name opens its page. */
export function CustomersTable({ customers, loading }: CustomersViewProps) {
  const { t } = useTranslation('customers');
  return (
    <DataTable
      minWidth={940}
      highlightOnHover={!loading}
      skeletonRows={SKELETON_ROWS}
      loading={loading}
      rows={customers}
      columns={[
        {
          label: t('columns.name'),
          w: '24%',
          skeleton: (
            <Group gap="sm" wrap="nowrap">
              <Skeleton height={32} circle />
              <SkeletonLine width="60%" />
            </Group>
          ),
        },
        { label: t('columns.email'), w: '20%', skeleton: <SkeletonLine width="80%" /> },
        { label: t('columns.phone'), w: 150, skeleton: <SkeletonLine width="70%" /> },
        { label: t('columns.tags'), skeleton: <SkeletonLine height={18} width={60} /> },
        {
          label: t('columns.skills'),
          w: '17%',
          skeleton: <SkeletonLine height={18} width={110} />,
        },
        { label: t('columns.created'), w: 120, skeleton: <SkeletonLine width="70%" /> },
      ]}
      renderRow={(customer) => (
        <Table.Tr key={customer.id}>
          <Table.Td>
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Avatar
                name={customer.name}
                color="initials"
                size={32}
                radius="xl"
                style={{ flexShrink: 0 }}
                aria-hidden
              />
              <Anchor
                component={Link}
                to={customerPath(customer.id)}
                fz="sm"
                fw={600}
                style={{ overflowWrap: 'anywhere' }}
              >
                {customer.name}
              </Anchor>
              {customer.user && (
                <Badge size="xs" variant="dot" color="teal" style={{ flexShrink: 0 }}>
                  {t('hasAccount')}
                </Badge>
              )}
            </Group>
          </Table.Td>
          <Table.Td>
            <Text fz="sm" truncate="end" title={customer.email ?? undefined}>
              {customer.email ?? '—'}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
              {customer.phone ?? '—'}
            </Text>
          </Table.Td>
          <Table.Td>
            <TagBadges tags={customer.tags} />
          </Table.Td>
          <Table.Td>
            <SkillBadges skills={customer.skills} />
          </Table.Td>
          <Table.Td>
            <InstantText iso={customer.createdAt} mode="date" />
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
