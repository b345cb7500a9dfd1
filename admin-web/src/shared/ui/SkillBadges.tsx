import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Discipline, SkillLevel } from '../../gql/graphql';

/** The namespaces with `disciplines.*` and `levels.*` keys for these badges. */
export type SkillNamespace = 'customers' | 'instructors';

// Long names ("Stand-up paddle · Intermediate") wrap inside a narrow column, never cut.
const wrapping = { label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

/**
 * One badge per discipline with its level ("Kite · Beginner"), named by the keys
 * `disciplines.*` and `levels.*` of `ns`; `emptyLabel`, dimmed, when there are none.
 */
export function SkillBadges({
  ns,
  skills,
  emptyLabel,
}: {
  ns: SkillNamespace;
  skills: readonly { discipline: Discipline; level: SkillLevel }[];
  emptyLabel: string;
}) {
  const { t } = useTranslation(ns);
  if (skills.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {emptyLabel}
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
