import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileDetailsFragment } from '../../../gql/graphql';
import { EmergencyFields } from '../details/EmergencyFields';
import { emergencyInput, emergencyValues } from '../details/values';
import { useSaveSection } from '../hooks/useSaveSection';
import { DetailList } from './DetailList';
import { EditableSection } from './EditableSection';

const FIELDS = ['emergencyContactName', 'emergencyContactPhone'] as const;

/** Whom the school calls when something happens on the water. */
export function EmergencySection({ customer }: { customer: ProfileDetailsFragment }) {
  const { t } = useTranslation('profile');
  const { save, reset, busy, failure, fieldsRefused, fieldError } = useSaveSection(
    customer.id,
    FIELDS,
    t('sections.emergency.saved'),
  );
  const [values, setValues] = useState(() => emergencyValues(customer));
  const none = !customer.emergencyContactName && !customer.emergencyContactPhone;

  return (
    <EditableSection
      title={t('sections.emergency.title')}
      editLabel={t('sections.emergency.edit')}
      onEdit={() => {
        reset();
        setValues(emergencyValues(customer));
      }}
      onSave={() => save(emergencyInput(values))}
      onCancel={reset}
      busy={busy}
      failure={failure}
      fieldsRefused={fieldsRefused}
      fields={<EmergencyFields values={values} onChange={setValues} fieldError={fieldError} />}
    >
      {none ? (
        <Text c="dimmed" fz="sm">
          {t('sections.emergency.none')}
        </Text>
      ) : (
        <DetailList
          details={[
            { label: t('fields.emergencyName'), value: customer.emergencyContactName },
            { label: t('fields.emergencyPhone'), value: customer.emergencyContactPhone },
          ]}
        />
      )}
    </EditableSection>
  );
}
