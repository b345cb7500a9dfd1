import { TextInput } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileDetailsFragment } from '../../../gql/graphql';
import { ContactFields } from '../details/ContactFields';
import { contactInput, contactValues, textOrNull } from '../details/values';
import { formatLocalDate } from '../format';
import { useSaveSection } from '../hooks/useSaveSection';
import { DetailList } from './DetailList';
import { EditableSection } from './EditableSection';

const FIELDS = ['name', 'phone', 'birthDate'] as const;

/**
 * Name, phone and date of birth; the sign-in email is shown, not edited here. Without a
 * customer record (staff) the account's name and email only, read-only.
 */
export function PersonalSection({
  account,
  customer,
}: {
  account: { name: string; email: string };
  customer: ProfileDetailsFragment | null;
}) {
  const { t } = useTranslation('profile');
  const language = useCurrentLanguage();
  const { save, reset, busy, failure, fieldsRefused, fieldError } = useSaveSection(
    customer?.id,
    FIELDS,
    t('sections.personal.saved'),
  );
  const [name, setName] = useState('');
  const [contact, setContact] = useState(() => contactValues(customer));

  return (
    <EditableSection
      title={t('sections.personal.title')}
      editLabel={t('sections.personal.edit')}
      readOnly={!customer}
      onEdit={() => {
        reset();
        setName(customer?.name ?? account.name);
        setContact(contactValues(customer));
      }}
      onSave={() => save({ name: textOrNull(name), ...contactInput(contact) })}
      onCancel={reset}
      busy={busy}
      failure={failure}
      fieldsRefused={fieldsRefused}
      fields={
        <>
          <TextInput
            label={t('fields.name')}
            name="name"
            autoComplete="name"
            autoCapitalize="words"
            size="md"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError('name')}
          />
          <ContactFields values={contact} onChange={setContact} fieldError={fieldError} />
        </>
      }
    >
      <DetailList
        details={[
          { label: t('fields.name'), value: customer?.name ?? account.name },
          { label: t('email'), value: account.email },
          ...(customer
            ? [
                { label: t('fields.phone'), value: customer.phone },
                {
                  label: t('fields.birthDate'),
                  value: customer.birthDate && formatLocalDate(customer.birthDate, language),
                },
              ]
            : []),
        ]}
      />
    </EditableSection>
  );
}
