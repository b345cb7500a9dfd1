import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessageKeys, getErrorCode } from '@plannivo/web-kit/errors';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationFieldsFragment } from '../../../gql/graphql';
import { useRenameLocation } from '../hooks/useRenameLocation';

/** Mounted with a `key` per location, so its state starts fresh for each one. */
export function RenameLocationModal({
  location,
  onClose,
}: {
  location: LocationFieldsFragment | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('locations');
  const { t: tc } = useTranslation();
  const { rename, loading, error, reset } = useRenameLocation();
  const [name, setName] = useState(location?.name ?? '');
  const [nameError, setNameError] = useState<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!location) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('rename.nameRequired'));
      return;
    }
    setNameError(undefined);
    reset();
    try {
      const saved = await rename(location.id, trimmed);
      notifications.show({
        color: 'teal',
        message: t('rename.saved', { name: saved?.name ?? trimmed }),
      });
      onClose();
    } catch {
      // Shown from the mutation's error state.
    }
  }

  return (
    <Modal opened={location !== null} onClose={onClose} title={t('rename.title')} centered>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {error && <Alert color="red">{tc(errorMessageKeys[getErrorCode(error)])}</Alert>}
          <TextInput
            label={t('rename.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameError}
            data-autofocus
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('rename.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('rename.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
