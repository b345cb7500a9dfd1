import { Anchor, Avatar, Badge, Group, Skeleton, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InstructorListFieldsFragment } from '../../../gql/graphql';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { LocationNames } from '../../../shared/ui/LocationNames';
import { CertificationSummary, DisciplineBadges, LanguageList, StatusBadge } from './Badges';
import { instructorPath } from './paths';

export interface InstructorsViewProps {
  instructors: readonly InstructorListFieldsFragment[];
  loading: boolean;
}

/** The desk view: one row per instructor; the name opens the profile. */
export function InstructorsTable({ instructors, loading }: InstructorsViewProps) {
  const { t } = useTranslation('instructors');
  return (
    <DataTable
      minWidth={980}
      highlightOnHover={!loading}
      skeletonRows={6}
      loading={loading}
      rows={instructors}
      columns={[
        {
          label: t('columns.name'),
          w: '22%',
          skeleton: (
            <Group gap="sm" wrap="nowrap">
              <Skeleton height={32} circle />
              <SkeletonLine width="60%" />
            </Group>
          ),
        },
        {
          label: t('columns.disciplines'),
          w: '22%',
          skeleton: <SkeletonLine height={18} width={110} />,
        },
        { label: t('columns.languages'), w: '14%', skeleton: <SkeletonLine width="70%" /> },
        { label: t('columns.locations'), w: '14%', skeleton: <SkeletonLine width="70%" /> },
        { label: t('columns.certifications'), skeleton: <SkeletonLine height={18} width={90} /> },
        { label: t('columns.status'), w: 110, skeleton: <SkeletonLine height={18} width={60} /> },
      ]}
      renderRow={(instructor) => (
        <Table.Tr key={instructor.id}>
          <Table.Td>
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Avatar
                name={instructor.name}
                color="initials"
                size={32}
                radius="xl"
                style={{ flexShrink: 0 }}
                aria-hidden
              />
              <Anchor
                component={Link}
                to={instructorPath(instructor.id)}
                fz="sm"
                fw={600}
                style={{ overflowWrap: 'anywhere' }}
              >
                {instructor.name}
              </Anchor>
              {instructor.user && (
                <Badge size="xs" variant="dot" color="teal" style={{ flexShrink: 0 }}>
                  {t('hasAccount')}
                </Badge>
              )}
            </Group>
          </Table.Td>
          <Table.Td>
            <DisciplineBadges disciplines={instructor.disciplines} />
          </Table.Td>
          <Table.Td>
            <LanguageList languages={instructor.languages} />
          </Table.Td>
          <Table.Td>
            <LocationNames locations={instructor.locations} />
          </Table.Td>
          <Table.Td>
            <CertificationSummary certifications={instructor.certifications} />
          </Table.Td>
          <Table.Td>
            <StatusBadge active={instructor.active} />
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
