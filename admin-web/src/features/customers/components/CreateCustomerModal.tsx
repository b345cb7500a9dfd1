import { Group, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppModal } from '../../../shared/ui/AppModal';
import { normaliseTags } from '../changes';
import { useCustomerMatches } from '../hooks/useCustomerMatches';
import { useCreateCustomer } from '../hooks/useCustomerMutations';
import {
  BirthDateInput,
  FormButtons,
  FormFailure,
  NameInput,
  PhoneInput,
  useCustomerFormErrors,
} from './CustomerFormParts';
import { DuplicateHint } from './DuplicateHint';
import { customerPath } from './viewProps';

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

  const { fieldError, failure } = useCustomerFormErrors(error);

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('create.title')}>
      <Stack gap="md">
        <FormFailure failure={failure} />
        <NameInput
          value={name}
          onChange={setName}
          missing={nameMissing}
          error={fieldError('name')}
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
          <PhoneInput value={phone} onChange={setPhone} error={fieldError('phone')} miw={180} />
        </Group>
        <DuplicateHint matches={matches} onOpen={onClose} />
        <Group grow align="flex-start" wrap="wrap">
          <BirthDateInput
            value={birthDate}
            onChange={setBirthDate}
            error={fieldError('birthDate')}
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
        <FormButtons
          cancelLabel={t('create.cancel')}
          submitLabel={t('create.submit')}
          loading={loading}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
