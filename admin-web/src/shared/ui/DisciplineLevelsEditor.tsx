import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerSkillInput, Discipline, SkillLevel } from '../../gql/graphql';

/** The namespaces with the keys `fields.discipline`, `fields.level`, `disciplines.*`, `levels.*`. */
export type DisciplineLevelsNamespace = 'customers' | 'instructors';

/**
 * One row per discipline with its level (a customer's skill, the highest level an instructor
 * teaches); each discipline at most once, as the API wants. A new row takes the first
 * discipline not listed yet, at the first level. `texts` are what differs between the two
 * uses; the rest is the namespace's.
 */
export function DisciplineLevelsEditor({
  value,
  onChange,
  disciplines,
  levels,
  ns,
  texts,
  error,
  readOnly,
}: {
  value: CustomerSkillInput[];
  onChange: (value: CustomerSkillInput[]) => void;
  /** Every discipline, in the order offered. */
  disciplines: readonly Discipline[];
  levels: readonly SkillLevel[];
  ns: DisciplineLevelsNamespace;
  texts: {
    /** Shown while no discipline is listed. */
    empty: string;
    /** The remove button's name, followed by ": <discipline>". */
    remove: string;
    add: string;
  };
  error?: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation(ns);
  const disciplineName = (discipline: Discipline) => t(`disciplines.${discipline}`);
  const unused = disciplines.filter((d) => !value.some((item) => item.discipline === d));
  const update = (index: number, next: CustomerSkillInput) =>
    onChange(value.map((current, i) => (i === index ? next : current)));

  return (
    <Stack gap="sm">
      {value.length === 0 && (
        <Text fz="sm" c="dimmed">
          {texts.empty}
        </Text>
      )}
      {value.map((item, index) => {
        const name = disciplineName(item.discipline);
        return (
          <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
            <Select
              label={t('fields.discipline')}
              data={[item.discipline, ...unused].map((discipline) => ({
                value: discipline,
                label: disciplineName(discipline),
              }))}
              value={item.discipline}
              onChange={(next) =>
                next && update(index, { ...item, discipline: next as Discipline })
              }
              allowDeselect={false}
              style={{ flex: 1 }}
            />
            <Select
              label={t('fields.level')}
              aria-label={`${t('fields.level')}: ${name}`}
              data={levels.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
              value={item.level}
              onChange={(next) => next && update(index, { ...item, level: next as SkillLevel })}
              allowDeselect={false}
              style={{ flex: 1 }}
            />
            {!readOnly && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={`${texts.remove}: ${name}`}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            )}
          </Group>
        );
      })}
      {error && (
        <Text fz="sm" c="red" role="alert">
          {error}
        </Text>
      )}
      {!readOnly && unused.length > 0 && levels.length > 0 && (
        <Group>
          <Button
            variant="light"
            size="sm"
            leftSection={<IconPlus size={16} />}
            onClick={() => onChange([...value, { discipline: unused[0]!, level: levels[0]! }])}
          >
            {texts.add}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
