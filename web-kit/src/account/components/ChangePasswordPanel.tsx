import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewPasswordInput } from '../../auth/components/NewPasswordInput';
import { PasswordField } from '../../auth/components/PasswordField';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { usePasswordRefusalText } from '../../auth/hooks/usePasswordRefusalText';
import { PASSWORD_MIN_LENGTH, type NewPasswordProblem } from '../../auth/password';
import { ErrorAlert } from '../../ui/ErrorAlert';
import {
  changePasswordFailure,
  changePasswordProblems,
  hasProblems,
  type ChangePasswordFailure,
  type ChangePasswordProblems,
} from '../changePassword';
import { useChangePassword } from '../hooks/useChangePassword';

const EMPTY = { currentPassword: '', newPassword: '', confirmation: '' };

/**
 * "Change password": the current password, a new one twice. Problems the form can see are
 * shown before asking; the API's refusals land on their field, translated by code. On
 * success the API has signed out every other device, and the panel says so.
 */
export function ChangePasswordPanel() {
  const { t } = useTranslation('account');
  const { t: ta } = useTranslation('auth');
  const { user } = useCurrentUser();
  const refusalText = usePasswordRefusalText();
  const { changePassword, loading } = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<ChangePasswordProblems>({});
  const [failure, setFailure] = useState<{ error: unknown; reading: ChangePasswordFailure }>();
  const [done, setDone] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLDivElement>(null);

  const set = (field: keyof typeof EMPTY) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(undefined);
    setDone(false);
    const found = changePasswordProblems(values);
    setProblems(found);
    if (hasProblems(found)) {
      if (found.currentPassword) currentRef.current?.focus();
      return;
    }
    try {
      await changePassword(values.currentPassword, values.newPassword);
      setValues(EMPTY);
      setDone(true);
    } catch (caught) {
      const reading = changePasswordFailure(caught);
      setFailure({ error: caught, reading });
      if (reading.kind === 'wrongCurrentPassword') currentRef.current?.select();
      if (reading.kind === 'newPassword') newRef.current?.querySelector('input')?.focus();
    }
  }

  const reading = failure?.reading;
  const problemText = (problem: NewPasswordProblem | 'sameAsCurrent' | undefined) => {
    if (!problem) return undefined;
    if (problem === 'sameAsCurrent') return t('changePassword.sameAsCurrent');
    return ta(`password.${problem}`, { min: PASSWORD_MIN_LENGTH });
  };
  let currentError: string | undefined;
  if (problems.currentPassword) currentError = t('changePassword.currentRequired');
  else if (reading?.kind === 'wrongCurrentPassword')
    currentError = t('changePassword.currentWrong');
  const newError =
    problemText(problems.newPassword) ??
    (reading?.kind === 'newPassword' ? refusalText(reading.refusal) : undefined);

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4">
            {t('changePassword.title')}
          </Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('changePassword.description')}
          </Text>
        </div>
        {done && (
          <Alert
            color="teal"
            variant="light"
            role="status"
            icon={<IconCircleCheck aria-hidden />}
            title={t('changePassword.doneTitle')}
            withCloseButton
            closeButtonLabel={t('sessions.close')}
            onClose={() => setDone(false)}
          >
            {t('changePassword.doneBody')}
          </Alert>
        )}
        {reading?.kind === 'other' && (
          <ErrorAlert error={failure?.error} title={t('changePassword.failedTitle')} />
        )}
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <Stack gap="md">
            {/* Lets password managers file the new password under the right account. */}
            <input
              type="email"
              name="username"
              autoComplete="username"
              value={user?.email ?? ''}
              readOnly
              hidden
            />
            <PasswordField
              ref={currentRef}
              label={t('changePassword.current')}
              name="current-password"
              autoComplete="current-password"
              size="md"
              value={values.currentPassword}
              onChange={(event) => set('currentPassword')(event.currentTarget.value)}
              error={currentError}
              required
              withAsterisk={false}
            />
            <div ref={newRef}>
              <NewPasswordInput
                label={ta('password.new')}
                value={values.newPassword}
                onChange={set('newPassword')}
                error={newError}
              />
            </div>
            <PasswordField
              label={ta('password.confirm')}
              name="confirm-password"
              autoComplete="new-password"
              size="md"
              value={values.confirmation}
              onChange={(event) => set('confirmation')(event.currentTarget.value)}
              error={problemText(problems.confirmation)}
              required
              withAsterisk={false}
            />
            <Button
              type="submit"
              size="md"
              loading={loading}
              w={{ base: '100%', xs: 'auto' }}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('changePassword.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
