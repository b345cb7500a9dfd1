import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InstantText } from '../../../shared/ui/InstantText';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { PersonCellSkeleton, PersonLinkCell } from '../../../shared/ui/PersonCells';
import { SkillBadges } from '../../../shared/ui/SkillBadges';
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
        { label: t('columns.name'), w: '24%', skeleton: <PersonCellSkeleton /> },
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
            <PersonLinkCell
              person={customer}
              to={customerPath(customer.id)}
              accountLabel={t('hasAccount')}
            />
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
            <SkillBadges ns="customers" skills={customer.skills} emptyLabel={t('noSkills')} />
          </Table.Td>
          <Table.Td>
            <InstantText iso={customer.createdAt} mode="date" />
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
