import { Anchor, Avatar, Badge, Group, Skeleton, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InstantText } from '../../../shared/ui/InstantText';
import { dataTableStyles } from '../../../shared/ui/tableStyles';
import { SkillBadges } from './SkillBadges';
import { TagBadges } from './TagBadges';
import { customerPath, type CustomersViewProps } from './viewProps';

const SKELETON_ROWS = 8;

/** The desk view: one row per record; the name opens its page. */
export function CustomersTable({ customers, loading }: CustomersViewProps) {
  const { t } = useTranslation('customers');
  return (
    <Table.ScrollContainer minWidth={940}>
      <Table
        layout="fixed"
        highlightOnHover={!loading}
        verticalSpacing={10}
        horizontalSpacing="md"
        styles={dataTableStyles}
      >
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th w="24%">{t('columns.name')}</Table.Th>
            <Table.Th w="20%">{t('columns.email')}</Table.Th>
            <Table.Th w={150}>{t('columns.phone')}</Table.Th>
            <Table.Th>{t('columns.tags')}</Table.Th>
            <Table.Th w="17%">{t('columns.skills')}</Table.Th>
            <Table.Th w={120}>{t('columns.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading
            ? Array.from({ length: SKELETON_ROWS }, (_, i) => <SkeletonRow key={i} />)
            : customers.map((customer) => (
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
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SkeletonRow() {
  return (
    <Table.Tr aria-hidden>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Skeleton height={32} circle />
          <Skeleton height={12} width="60%" radius="sm" />
        </Group>
      </Table.Td>
      <Table.Td>
        <Skeleton height={12} width="80%" radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={12} width="70%" radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={18} width={60} radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={18} width={110} radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={12} width="70%" radius="sm" />
      </Table.Td>
    </Table.Tr>
  );
}
