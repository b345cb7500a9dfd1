import {
  Alert,
  Button,
  DataList,
  Divider,
  Drawer,
  Group,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getFieldErrors } from '@plannivo/web-kit/errors';
import { IconAlertCircle, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UserFieldsFragment } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useLocationOptions } from '../../../shared/hooks/useLocationOptions';
import { InstantText } from '../../../shared/ui/InstantText';
import { LocationsSelect } from '../../../shared/ui/LocationsSelect';
import { RoleSelect } from '../../../shared/ui/RoleSelect';
import { changesOf, draftOf, isStaffRole } from '../changes';
import { ROLES } from '../filters';
import { useUpdateUser } from '../hooks/useUpdateUser';
import { userRefusal } from '../refusals';
import { LastSignIn } from './LastSignIn';
import { PersonCell } from './PersonCell';
import { UserStatusBadge } from './UserStatusBadge';

const NAME_MAX_LENGTH = 200;

/**
 * Name, role and locations of one person, and their account's status. Mounted with a `key`
 * per person, so the form starts from their saved values each time.
 */
export function EditUserDrawer({
  user,
  opened,
  viewerId,
  fullScreen,
  onClose,
  onSetActive,
}: {
  user: UserFieldsFragment | null;
  opened: boolean;
  viewerId: string;
  fullScreen: boolean;
  onClose: () => void;
  onSetActive: (user: UserFieldsFragment, active: boolean) => void;
}) {
  const { t } = useTranslation('users');
  return (
    <Drawer
      opened={opened && user !== null}
      onClose={onClose}
      position="right"
      size={fullScreen ? '100%' : 480}
      padding="lg"
      title={t('edit.title')}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': t('edit.close') }}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {user && (
        <EditUserForm
          user={user}
          isViewer={user.id === viewerId}
          onDone={onClose}
          onSetActive={onSetActive}
        />
      )}
    </Drawer>
  );
}

function EditUserForm({
  user,
  isViewer,
  onDone,
  onSetActive,
}: {
  user: UserFieldsFragment;
  isViewer: boolean;
  onDone: () => void;
  onSetActive: (user: UserFieldsFragment, active: boolean) => void;
}) {
  const { t } = useTranslation('users');
  const errorMessage = useErrorText();
  const { updateUser, loading, error, reset } = useUpdateUser();
  const locationOptions = useLocationOptions();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [locationIds, setLocationIds] = useState<string[]>(draftOf(user).locationIds.slice());
  const [nameError, setNameError] = useState<string>();

  const changes = changesOf(user, { name, role, locationIds });
  const staff = isStaffRole(role);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t('edit.nameRequired'));
      return;
    }
    setNameError(undefined);
    if (!changes) return;
    reset();
    try {
      const saved = await updateUser(user.id, changes);
      notifications.show({
        color: 'teal',
        message: t('edit.saved', { name: saved?.name ?? name }),
      });
      onDone();
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const fields = error ? getFieldErrors(error) : {};
  const refusal = error ? userRefusal(error) : undefined;
  const failure =
    refusal === 'lastAdmin'
      ? t('edit.lastAdmin')
      : refusal === 'ownRole'
        ? t('edit.ownRole')
        : error
          ? errorMessage(error)
          : undefined;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <PersonCell name={user.name} email={user.email} isViewer={isViewer} />
        <UserStatusBadge active={user.active} />
      </Group>

      <form onSubmit={handleSubmit} noValidate aria-label={t('edit.formLabel')}>
        <Stack gap="md">
          {failure && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle aria-hidden />}
              title={t('edit.failedTitle')}
              role="alert"
            >
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('edit.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameError ?? (fields.name ? t('edit.nameInvalid') : undefined)}
            maxLength={NAME_MAX_LENGTH}
            autoComplete="off"
            required
          />
          <RoleSelect
            label={t('edit.role')}
            roles={ROLES}
            value={role}
            onChange={setRole}
            disabled={isViewer}
            description={isViewer ? t('edit.ownRole') : undefined}
            error={refusal === 'ownRole' ? t('edit.ownRoleShort') : undefined}
          />
          {staff && (
            <LocationsSelect
              locations={locationOptions}
              description={t('edit.locationsHelp')}
              value={locationIds}
              onChange={setLocationIds}
              invalid={Boolean(fields.locationIds)}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('edit.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!changes}>
              {t('edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>

      <Divider />

      <Stack gap="sm">
        <Title order={3} fz="sm" tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
          {t('edit.account')}
        </Title>
        <DataList withDivider labelWidth={140} gap="sm">
          <Item label={t('edit.email')}>
            <Text fz="sm" style={{ wordBreak: 'break-all' }}>
              {user.email}
            </Text>
          </Item>
          <Item label={t('edit.created')}>
            <InstantText iso={user.createdAt} mode="date" />
          </Item>
          <Item label={t('columns.lastSignIn')}>
            <LastSignIn iso={user.lastLoginAt} />
          </Item>
        </DataList>
        <AccountStatus user={user} isViewer={isViewer} onSetActive={onSetActive} />
      </Stack>
    </Stack>
  );
}

function AccountStatus({
  user,
  isViewer,
  onSetActive,
}: {
  user: UserFieldsFragment;
  isViewer: boolean;
  onSetActive: (user: UserFieldsFragment, active: boolean) => void;
}) {
  const { t } = useTranslation('users');
  if (!user.active) {
    return (
      <Alert color="red" variant="light" title={t('edit.inactiveTitle')}>
        <Stack gap="sm" align="flex-start">
          <Text fz="sm">{t('edit.inactiveBody')}</Text>
          <Button
            variant="white"
            color="teal"
            leftSection={<IconUserCheck size={16} />}
            onClick={() => onSetActive(user, true)}
          >
            {t('actions.reactivate')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (isViewer) {
    return (
      <Text fz="sm" c="dimmed">
        {t('actions.cannotDeactivateSelf')}
      </Text>
    );
  }
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" align="center">
      <Text fz="sm" c="dimmed">
        {t('edit.deactivateHint')}
      </Text>
      <Button
        variant="outline"
        color="red"
        leftSection={<IconUserOff size={16} />}
        onClick={() => onSetActive(user, false)}
        style={{ flexShrink: 0 }}
      >
        {t('actions.deactivate')}
      </Button>
    </Group>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}
