import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../shared/ui/AppModal';
import { refusedFields, type CustomerField } from '../fieldErrors';
import { useAddDependent } from '../hooks/useCustomerMutations';

const today = () => new Date().toISOString().slice(0, 10);

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
  const errorMessage = useErrorText();
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

  const refused = refusedFields(error);
  const fieldError = (field: CustomerField) =>
    refused.includes(field) ? t(`fieldErrors.${field}`) : undefined;
  const failure =
    error && !(getErrorCode(error) === 'BAD_USER_INPUT' && refused.length > 0)
      ? errorMessage(error)
      : undefined;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('family.addTitle')}>
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('family.addHelp', { name: guardian.name })}
        </Text>
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('fields.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameMissing ? t('fieldErrors.nameRequired') : fieldError('name')}
          maxLength={200}
          autoComplete="off"
          required
          data-autofocus
        />
        <TextInput
          label={t('fields.birthDate')}
          type="date"
          value={birthDate}
          onChange={(event) => setBirthDate(event.currentTarget.value)}
          error={fieldError('birthDate')}
          max={today()}
        />
        <TextInput
          label={t('fields.phone')}
          type="tel"
          value={phone}
          onChange={(event) => setPhone(event.currentTarget.value)}
          error={fieldError('phone')}
          autoComplete="off"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('family.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('family.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
