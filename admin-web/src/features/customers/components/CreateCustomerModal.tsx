import { Alert, Button, Group, Stack, TagsInput, TextInput } from '@mantine/core';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../../shared/ui/AppModal';
import { normaliseTags } from '../changes';
import { refusedFields } from '../fieldErrors';
import { useCustomerMatches } from '../hooks/useCustomerMatches';
import { useCreateCustomer } from '../hooks/useCustomerMutations';
import { DuplicateHint } from './DuplicateHint';
import { customerPath } from './viewProps';

const NAME_MAX_LENGTH = 200;
const today = () => new Date().toISOString().slice(0, 10);

/** Staff quick-create: the few fields a front desk has at hand; the rest on the record's page. */
export function CreateCustomerModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('customers');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('create.title')} size="lg">
      {/* A fresh form each time the dialog opens. */}
      {opened && <CreateCustomerForm onClose={onClose} />}
    </AppModal>
  );
}

function CreateCustomerForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('customers');
  const errorMessage = useErrorText();
  const navigate = useNavigate();
  const { createCustomer, loading, error, reset } = useCreateCustomer();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [nameMissing, setNameMissing] = useState(false);
  const matches = useCustomerMatches(email, phone);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setNameMissing(true);
      return;
    }
    setNameMissing(false);
    reset();
    try {
      const created = await createCustomer({
        name: name.trim(),
        email: email.trim() || null,
        phone: phone.trim() || null,
        birthDate: birthDate || null,
        tags: normaliseTags(tags),
      });
      if (created) {
        onClose();
        void navigate(customerPath(created.id));
      }
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const refused = refusedFields(error);
  const fieldError = (field: (typeof refused)[number]) =>
    refused.includes(field) ? t(`fieldErrors.${field}`) : undefined;
  const failure =
    error && !(getErrorCode(error) === 'BAD_USER_INPUT' && refused.length > 0)
      ? errorMessage(error)
      : undefined;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('create.title')}>
      <Stack gap="md">
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
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          required
          data-autofocus
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('fields.email')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={fieldError('email')}
            autoComplete="off"
            miw={220}
          />
          <TextInput
            label={t('fields.phone')}
            type="tel"
            value={phone}
            onChange={(event) => setPhone(event.currentTarget.value)}
            error={fieldError('phone')}
            autoComplete="off"
            miw={180}
          />
        </Group>
        <DuplicateHint matches={matches} onOpen={onClose} />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('fields.birthDate')}
            type="date"
            value={birthDate}
            onChange={(event) => setBirthDate(event.currentTarget.value)}
            error={fieldError('birthDate')}
            max={today()}
            miw={180}
          />
          <TagsInput
            label={t('fields.tags')}
            description={t('fields.tagsHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={tags}
            onChange={setTags}
            error={fieldError('tags')}
            maxTags={30}
            clearable
            miw={220}
          />
        </Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('create.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
