import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import { useAddDependent } from '../hooks/useCustomerMutations';
import {
  BirthDateInput,
  FormButtons,
  FormFailure,
  NameInput,
  PhoneInput,
  useCustomerFormErrors,
} from './CustomerFormParts';

/** A child or other family member booked and signed for by `guardian`: a record of their own. */
export function AddDependentModal({
  guardian,
  opened,
  onClose,
}: {
  guardian: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('customers');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('family.addTitle')}>
      {opened && <AddDependentForm guardian={guardian} onClose={onClose} />}
    </AppModal>
  );
}

function AddDependentForm({
  guardian,
  onClose,
}: {
  guardian: { id: string; name: string };
  onClose: () => void;
}) {
  const { t } = useTranslation('customers');
  const { addDependent, loading, error, reset } = useAddDependent();
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [phone, setPhone] = useState('');
  const [nameMissing, setNameMissing] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    reset();
    try {
      const added = await addDependent(guardian.id, {
        name: name.trim(),
        birthDate: birthDate || null,
        phone: phone.trim() || null,
      });
      notifications.show({
        color: 'teal',
        message: t('family.added', { name: added?.name ?? name.trim() }),
      });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const { fieldError, failure } = useCustomerFormErrors(error);

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('family.addTitle')}>
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('family.addHelp', { name: guardian.name })}
        </Text>
        <FormFailure failure={failure} />
        <NameInput
          value={name}
          onChange={setName}
          missing={nameMissing}
          error={fieldError('name')}
        />
        <BirthDateInput value={birthDate} onChange={setBirthDate} error={fieldError('birthDate')} />
        <PhoneInput value={phone} onChange={setPhone} error={fieldError('phone')} />
        <FormButtons
          cancelLabel={t('family.cancel')}
          submitLabel={t('family.submit')}
          loading={loading}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
