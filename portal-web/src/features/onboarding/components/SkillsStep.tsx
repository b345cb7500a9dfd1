import { NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Discipline, SkillLevel } from '../../../gql/graphql';
import { useStepSubmit } from '../hooks/useStepSubmit';
import { DISCIPLINES, SKILL_LEVELS } from '../steps';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

const FIELDS = ['skills'] as const;
/** The select's value for a sport never tried: no skill row at all. */
const NEVER = '';

/** A level per sport, or "never tried". */
export function SkillsStep({ customer, onSave, onBack }: StepProps) {
  const { t } = useTranslation('onboarding');
  const { submit, busy, failure, fieldsRefused, fieldError } = useStepSubmit(FIELDS);
  const [levels, setLevels] = useState<Partial<Record<Discipline, SkillLevel>>>(() =>
    Object.fromEntries((customer?.skills ?? []).map((skill) => [skill.discipline, skill.level])),
  );
  const options = [
    { value: NEVER, label: t('skills.never') },
    ...SKILL_LEVELS.map((level) => ({ value: level, label: t(`skills.levels.${level}`) })),
  ];

  function choose(discipline: Discipline, value: string) {
    setLevels((current) => {
      const next = { ...current };
      if (value === NEVER) delete next[discipline];
      else next[discipline] = value as SkillLevel;
      return next;
    });
  }

  const handleSubmit = () =>
    submit(() =>
      onSave({
        skills: DISCIPLINES.flatMap((discipline) => {
          const level = levels[discipline];
          return level ? [{ discipline, level }] : [];
        }),
      }),
    );

  return (
    <StepForm
      onSubmit={handleSubmit}
      onBack={onBack}
      busy={busy}
      failure={failure}
      fieldsRefused={fieldsRefused}
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        {DISCIPLINES.map((discipline) => (
          <NativeSelect
            key={discipline}
            label={t(`skills.disciplines.${discipline}`)}
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
    </StepForm>
  );
}
