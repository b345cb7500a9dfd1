import { useState } from 'react';
import { EmergencyFields, emergencyInput, emergencyValues, useFieldSubmit } from '../../profile';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

const FIELDS = ['emergencyContactName', 'emergencyContactPhone'] as const;

/** Whom the school calls when something happens on the water. */
export function EmergencyStep({ customer, onSave, onBack }: StepProps) {
  const { submit, busy, failure, fieldsRefused, fieldError } = useFieldSubmit(FIELDS);
  const [contact, setContact] = useState(() => emergencyValues(customer));

  const handleSubmit = () => submit(() => onSave(emergencyInput(contact)));

  return (
    <StepForm
      onSubmit={handleSubmit}
      onBack={onBack}
      busy={busy}
      failure={failure}
      fieldsRefused={fieldsRefused}
    >
      <EmergencyFields values={contact} onChange={setContact} fieldError={fieldError} />
    </StepForm>
  );
}
