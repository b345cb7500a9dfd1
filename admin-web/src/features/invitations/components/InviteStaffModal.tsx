import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';
import { IconAlertCircle, IconAt, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useLocationOptions } from '../../../shared/hooks/useLocationOptions';
import { ASSIGNABLE_STAFF_ROLES } from '../../../shared/lib/can';
import { formatDate } from '../../../shared/lib/dates';
import { AppModal } from '../../../shared/ui/AppModal';
import { LocationsSelect } from '../../../shared/ui/LocationsSelect';
import { RoleSelect } from '../../../shared/ui/RoleSelect';
import { useInviteStaff } from '../hooks/useInvitationMutations';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NAME_MAX_LENGTH = 200;

type Field = 'email' | 'name' | 'locationIds';

/** Invites a staff member by email: the link in the mail creates their account. */
export function InviteStaffModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('invitations');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('invite.title')} size="lg">
      {/* Mantine unmounts the form once closed: each invitation starts from an empty form. */}
      <InviteStaffForm onDone={onClose} />
    </AppModal>
  );
}

function InviteStaffForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('invitations');
  const language = useCurrentLanguage();
  const errorMessage = useErrorText();
  const { invite, loading, error, reset } = useInviteStaff();
  const locations = useLocationOptions();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('INSTRUCTOR');
  const [chosenLocations, setChosenLocations] = useState<string[] | null>(null);
  const [invalid, setInvalid] = useState<Partial<Record<Field, string>>>({});

  // A school with one location: that is where the new person works, unless changed.
  const locationIds =
    chosenLocations ?? (locations.options.length === 1 ? [locations.options[0]!.value] : []);

  function validate() {
    const problems: Partial<Record<Field, string>> = {};
    if (!email.trim()) problems.email = t('invite.emailRequired');
    else if (!EMAIL_PATTERN.test(email.trim())) problems.email = t('invite.emailInvalid');
    if (!name.trim()) problems.name = t('invite.nameRequired');
    return problems;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    const problems = validate();
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      const invitation = await invite({
        email: email.trim(),
        name: name.trim(),
        role,
        locationIds,
      });
      notifications.show({
        color: 'teal',
        title: t('invite.sentTitle'),
        message: t('invite.sent', {
          email: invitation?.email ?? email.trim(),
          date: invitation ? formatDate(invitation.expiresAt, language) : '',
        }),
      });
      onDone();
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const code = error ? getErrorCode(error) : undefined;
  const fields = error ? getFieldErrors(error) : {};
  const taken = code === 'CONFLICT';
  const emailError =
    invalid.email ??
    (taken ? t('invite.emailTaken') : fields.email ? t('invite.emailInvalid') : undefined);
  const nameError = invalid.name ?? (fields.name ? t('invite.nameInvalid') : undefined);
  const failure = error && !taken ? errorMessage(error) : undefined;

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('invite.title')}>
      <Stack gap="md">
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('invite.email')}
          placeholder={t('invite.emailPlaceholder')}
          description={t('invite.emailHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          type="email"
          inputMode="email"
          autoCapitalize="none"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={emailError}
          leftSection={<IconAt size={16} aria-hidden />}
          data-autofocus
          required
        />
        <TextInput
          label={t('invite.name')}
          description={t('invite.nameHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          required
        />
        <RoleSelect
          label={t('invite.role')}
          roles={ASSIGNABLE_STAFF_ROLES}
          value={role}
          onChange={setRole}
          error={fields.role ? t('invite.roleInvalid') : undefined}
        />
        <LocationsSelect
          locations={locations}
          description={t('invite.locationsHelp')}
          value={locationIds}
          onChange={setChosenLocations}
          invalid={Boolean(fields.locationIds)}
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('invite.cancel')}
          </Button>
          <Button type="submit" loading={loading} leftSection={<IconSend size={16} />}>
            {t('invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
