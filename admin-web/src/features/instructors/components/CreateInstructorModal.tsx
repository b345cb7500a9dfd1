import { Alert, Button, Group, Select, Stack, TextInput, type ComboboxData } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getErrorCode } from '@plannivo/web-kit/errors';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { InstructorCandidatesDocument } from '../../../gql/graphql';
import { useLocationOptions } from '../../../shared/hooks/useLocationOptions';
import { AppModal } from '../../../shared/ui/AppModal';
import { LocationsSelect } from '../../../shared/ui/LocationsSelect';
import { refusedFields } from '../fieldErrors';
import { useCreateInstructor } from '../hooks/useInstructorMutations';
import { instructorPath } from './paths';

/** The Select's value for "no account": a freelancer who does not sign in. */
const NO_ACCOUNT = '*';

/**
 * A new instructor profile, usually for a staff account that has none yet (instructors
 * first), or for a freelancer without an account. Opens the new profile when saved.
 */
export function CreateInstructorModal({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('instructors');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('create.title')} size="lg">
      {/* A fresh form each time the dialog opens. */}
      {opened && <CreateInstructorForm onClose={onClose} />}
    </AppModal>
  );
}

function CreateInstructorForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('instructors');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const locations = useLocationOptions();
  const candidates = useQuery(InstructorCandidatesDocument, { fetchPolicy: 'network-only' });
  const { createInstructor, loading, error, reset } = useCreateInstructor();
  const [account, setAccount] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [locationIds, setLocationIds] = useState<string[]>([]);
  const [missing, setMissing] = useState<'account' | 'name' | null>(null);

  const list = candidates.data?.instructorCandidates ?? [];
  const item = (c: (typeof list)[number]) => ({ value: c.id, label: `${c.name} · ${c.email}` });
  const data: ComboboxData = [
    {
      group: t('create.groups.none'),
      items: [{ value: NO_ACCOUNT, label: t('create.noAccount') }],
    },
    ...(list.some((c) => c.role === 'INSTRUCTOR')
      ? [
          {
            group: t('create.groups.instructors'),
            items: list.filter((c) => c.role === 'INSTRUCTOR').map(item),
          },
        ]
      : []),
    ...(list.some((c) => c.role !== 'INSTRUCTOR')
      ? [
          {
            group: t('create.groups.otherStaff'),
            items: list.filter((c) => c.role !== 'INSTRUCTOR').map(item),
          },
        ]
      : []),
  ];

  const chooseAccount = (value: string | null) => {
    setAccount(value);
    const chosen = list.find((c) => c.id === value);
    // The profile takes the account's name unless one was typed already.
    if (chosen && !name.trim()) setName(chosen.name);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!account) return setMissing('account');
    if (!name.trim()) return setMissing('name');
    setMissing(null);
    reset();
    try {
      const created = await createInstructor({
        name: name.trim(),
        userId: account === NO_ACCOUNT ? null : account,
        locationIds,
      });
      if (created) {
        notifications.show({ color: 'teal', message: t('create.created', { name: created.name }) });
        onClose();
        void navigate(instructorPath(created.id));
      }
    } catch {
      // Shown below from the mutation's error state.
    }
  }

  const refused = refusedFields(error);
  const conflict = getErrorCode(error) === 'CONFLICT';
  const byField = refused.length > 0 || conflict;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {candidates.error && !candidates.data && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {t('create.candidatesFailed')} {errorText(candidates.error)}
          </Alert>
        )}
        <Select
          label={t('create.account')}
          description={t('create.accountHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder={
            candidates.loading ? t('create.loadingAccounts') : t('create.accountPlaceholder')
          }
          data={data}
          value={account}
          onChange={chooseAccount}
          searchable
          nothingFoundMessage={t('create.noCandidates')}
          error={
            missing === 'account'
              ? t('create.accountRequired')
              : conflict
                ? t('fieldErrors.userIdTaken')
                : refused.includes('userId')
                  ? t('fieldErrors.userId')
                  : undefined
          }
          required
          data-autofocus
        />
        <TextInput
          label={t('fields.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          maxLength={200}
          error={
            missing === 'name'
              ? t('fieldErrors.nameRequired')
              : refused.includes('name')
                ? t('fieldErrors.name')
                : undefined
          }
          autoComplete="off"
          required
        />
        <LocationsSelect
          locations={locations}
          description={t('create.locationsHelp')}
          value={locationIds}
          onChange={setLocationIds}
          invalid={refused.includes('locationIds')}
        />
        {error && !byField && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errorText(error)}
          </Alert>
        )}
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
