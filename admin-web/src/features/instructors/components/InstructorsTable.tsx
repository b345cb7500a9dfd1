import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstructorListFieldsFragment } from '../../../gql/graphql';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { LocationNames } from '../../../shared/ui/LocationNames';
import { PersonCellSkeleton, PersonLinkCell } from '../../../shared/ui/PersonCells';
import { SkillBadges } from '../../../shared/ui/SkillBadges';
import { CertificationSummary, LanguageList, StatusBadge } from './Badges';
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
        { label: t('columns.name'), w: '22%', skeleton: <PersonCellSkeleton /> },
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
            <PersonLinkCell
              person={instructor}
              to={instructorPath(instructor.id)}
              accountLabel={t('hasAccount')}
            />
          </Table.Td>
          <Table.Td>
            <SkillBadges
              ns="instructors"
              skills={instructor.disciplines}
              emptyLabel={t('noDisciplines')}
            />
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
