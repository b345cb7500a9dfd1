import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Discipline, SkillLevel } from '../../../gql/graphql';

// Long names ("Stand-up paddle · Intermediate") wrap inside a narrow column, never cut.
const wrapping = { label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

/** A customer's skills, one badge per discipline with its level ("Kite · Beginner"). */
export function SkillBadges({
  skills,
}: {
  skills: readonly { discipline: Discipline; level: SkillLevel }[];
}) {
  const { t } = useTranslation('customers');
  if (skills.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t('noSkills')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {skills.map((skill) => (
        <Badge
          key={skill.discipline}
          variant="light"
          color="ocean"
          radius="sm"
          tt="none"
          fw={600}
          h="auto"
          py={2}
          styles={wrapping}
        >
          {`${t(`disciplines.${skill.discipline}`)} · ${t(`levels.${skill.level}`)}`}
        </Badge>
      ))}
    </Group>
  );
}
