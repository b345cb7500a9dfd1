import { NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Discipline, SkillLevel } from '../../../gql/graphql';
import type { CustomerField } from './fieldErrors';
import { DISCIPLINES, SKILL_LEVELS, type SkillLevels } from './values';

/** The select's value for a sport never tried: no skill row at all. */
const NEVER = '';

/** A level per sport, or "never tried". */
export function SkillsFields({
  levels,
  onChange,
  fieldError,
}: {
  levels: SkillLevels;
  onChange: (levels: SkillLevels) => void;
  fieldError: (field: CustomerField) => string | undefined;
}) {
  const { t } = useTranslation('profile');
  const options = [
    { value: NEVER, label: t('fields.skills.never') },
    ...SKILL_LEVELS.map((level) => ({ value: level, label: t(`fields.skills.levels.${level}`) })),
  ];

  function choose(discipline: Discipline, value: string) {
    const next = { ...levels };
    if (value === NEVER) delete next[discipline];
    else next[discipline] = value as SkillLevel;
    onChange(next);
  }

  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {DISCIPLINES.map((discipline) => (
          <NativeSelect
            key={discipline}
            label={t(`fields.skills.disciplines.${discipline}`)}
            name={`skill-${discipline}`}
            size="md"
            data={options}
            value={levels[discipline] ?? NEVER}
            onChange={(event) => choose(discipline, event.currentTarget.value)}
          />
        ))}
      </SimpleGrid>
      {fieldError('skills') && (
        <Text c="red" fz="sm" role="alert">
          {fieldError('skills')}
        </Text>
      )}
    </>
  );
}
