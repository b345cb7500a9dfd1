import { useState } from 'react';
import {
  BodyFields,
  bodyInput,
  bodyValues,
  ContactFields,
  contactInput,
  contactValues,
  useFieldSubmit,
} from '../../profile';
import { StepForm } from './StepForm';
import type { StepProps } from './stepProps';

const FIELDS = ['phone', 'birthDate', 'weightKg', 'heightCm'] as const;

/** Phone, birth date, weight and height, with why the school asks for the last two. */
export function ProfileStep({ customer, onSave, onBack }: StepProps) {
  const { submit, busy, failure, fieldsRefused, fieldError } = useFieldSubmit(FIELDS);
  const [contact, setContact] = useState(() => contactValues(customer));
  const [body, setBody] = useState(() => bodyValues(customer));

  const handleSubmit = () => submit(() => onSave({ ...contactInput(contact), ...bodyInput(body) }));

  return (
    <StepForm
      onSubmit={handleSubmit}
      onBack={onBack}
      busy={busy}
      failure={failure}
      fieldsRefused={fieldsRefused}
    >
      <ContactFields values={contact} onChange={setContact} fieldError={fieldError} />
      <BodyFields values={body} onChange={setBody} fieldError={fieldError} />
    </StepForm>
  );
}
