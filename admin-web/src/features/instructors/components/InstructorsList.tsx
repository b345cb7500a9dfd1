import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PersonLinkList } from '../../../shared/ui/PersonLinkList';
import { SkillBadges } from '../../../shared/ui/SkillBadges';
import { CertificationSummary, StatusBadge } from './Badges';
import type { InstructorsViewProps } from './InstructorsTable';
import { instructorPath } from './paths';

const SKELETON_BARS = [
  { height: 14, width: '55%' },
  { height: 18, width: 140 },
];

/** The phone view: one tappable block per instructor, opening the profile. */
export function InstructorsList({ instructors, loading }: InstructorsViewProps) {
  const { t } = useTranslation('instructors');
  return (
    <PersonLinkList
      rows={instructors}
      loading={loading}
      skeletonItems={5}
      skeletonBars={SKELETON_BARS}
      to={(instructor) => instructorPath(instructor.id)}
      renderDetails={(instructor) => (
        <>
          <Group gap="xs">
            <Text fz="sm" fw={600} truncate="end">
              {instructor.name}
            </Text>
            {!instructor.active && <StatusBadge active={false} />}
          </Group>
          <Text fz="xs" c="dimmed" truncate="end">
            {instructor.locations.map((l) => l.name).join(', ')}
          </Text>
          <SkillBadges
            ns="instructors"
            skills={instructor.disciplines}
            emptyLabel={t('noDisciplines')}
          />
          <CertificationSummary certifications={instructor.certifications} />
        </>
      )}
    />
  );
}
