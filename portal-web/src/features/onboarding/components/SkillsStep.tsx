import { useState } from 'react';
import { SkillsFields, skillLevels, skillsInput, useFieldSubmit } from '../../profile';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

const FIELDS = ['skills'] as const;

/** A level per sport, or "never tried". */
export function SkillsStep({ customer, onSave, onBack }: StepProps) {
  const { submit, busy, failure, fieldsRefused, fieldError } = useFieldSubmit(FIELDS);
  const [levels, setLevels] = useState(() => skillLevels(customer));

  const handleSubmit = () => submit(() => onSave(skillsInput(levels)));

  return (
    <StepForm
      onSubmit={handleSubmit}
      onBack={onBack}
      busy={busy}
      failure={failure}
      fieldsRefused={fieldsRefused}
    >
      <SkillsFields levels={levels} onChange={setLevels} fieldError={fieldError} />
    </StepForm>
  );
}
