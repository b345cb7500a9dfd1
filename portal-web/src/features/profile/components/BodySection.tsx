import { SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileDetailsFragment } from '../../../gql/graphql';
import { BodyFields } from '../details/BodyFields';
import { bodyInput, bodyValues } from '../details/values';
import { useSaveSection } from '../hooks/useSaveSection';
import { DetailList } from './DetailList';
import { EditableSection } from './EditableSection';

const FIELDS = ['weightKg', 'heightCm'] as const;

/** Weight and height, and a short word on why the school wants them (equipment sizes). */
export function BodySection({ customer }: { customer: ProfileDetailsFragment }) {
  const { t } = useTranslation('profile');
  const { save, reset, busy, failure, fieldsRefused, fieldError } = useSaveSection(
    customer.id,
    FIELDS,
    t('sections.body.saved'),
  );
  const [values, setValues] = useState(() => bodyValues(customer));

  return (
    <EditableSection
      title={t('sections.body.title')}
      editLabel={t('sections.body.edit')}
      onEdit={() => {
        reset();
        setValues(bodyValues(customer));
      }}
      onSave={() => save(bodyInput(values))}
      onCancel={reset}
      busy={busy}
      failure={failure}
      fieldsRefused={fieldsRefused}
      fields={<BodyFields values={values} onChange={setValues} fieldError={fieldError} />}
    >
      <SimpleGrid cols={2} spacing="sm">
        <DetailList
          details={[
            {
              label: t('fields.weight'),
              value: customer.weightKg == null ? null : `${customer.weightKg} kg`,
            },
          ]}
        />
        <DetailList
          details={[
            {
              label: t('fields.height'),
              value: customer.heightCm == null ? null : `${customer.heightCm} cm`,
            },
          ]}
        />
      </SimpleGrid>
      <Text fz="sm" c="dimmed">
        {t('sections.body.why')}
      </Text>
    </EditableSection>
  );
}
