import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconLinkOff } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ResetPasswordDocument } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { usePageTitle } from '../../ui/usePageTitle';
import type { AuthLayout } from '../layout';
import { usePasswordRefusalText } from '../hooks/usePasswordRefusalText';
import { newPasswordProblem, PASSWORD_MIN_LENGTH, type NewPasswordProblem } from '../password';
import type { PasswordRefusal } from '../passwordRefusal';
import { resetFailure } from '../resetErrors';
import { BackToSignIn } from './BackToSignIn';
import { NewPasswordInput } from './NewPasswordInput';
import { PasswordField } from './PasswordField';

type Phase = 'form' | 'done' | 'invalidLink';

/**
 * `/reset-password?token=…`, the page the reset mail links to: a new password twice, then
 * "done, sign in again" (the API ends every session of the account).
 */
export function ResetPasswordScreen({ layout: Layout }: { layout: AuthLayout }) {
  const { t } = useTranslation('auth');
  usePageTitle(t('resetPassword.documentTitle'));
  const client = useApolloClient();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problems, setProblems] = useState<{
    password?: NewPasswordProblem;
    confirmation?: NewPasswordProblem;
  }>({});
  const [refusal, setRefusal] = useState<PasswordRefusal>();
  const [phase, setPhase] = useState<Phase>(token ? 'form' : 'invalidLink');
  const [resetPassword, { loading, error, reset }] = useMutation(ResetPasswordDocument);
  const refusalText = usePasswordRefusalText();

  const problemText = (problem: NewPasswordProblem | undefined) =>
    problem && t(`password.${problem}`, { min: PASSWORD_MIN_LENGTH });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    setRefusal(undefined);
    const found = newPasswordProblem(password, confirmation);
    setProblems(found);
    if (found.password || found.confirmation) return;
    try {
      await resetPassword({ variables: { token, newPassword: password } });
      // Every session of the account has ended, possibly this browser's: forget the cached
      // user so the sign-in page asks the API again.
      await client.clearStore();
      setPhase('done');
    } catch (caught) {
      const failure = resetFailure(caught);
      if (failure.kind === 'invalidLink') setPhase('invalidLink');
      if (failure.kind === 'password') setRefusal(failure.refusal);
    }
  }

  if (phase === 'done') {
    return (
      <Layout title={t('resetPassword.doneTitle')}>
        <Stack gap="md" role="status">
          <ThemeIcon size={52} radius="xl" variant="light" color="teal" aria-hidden>
            <IconCircleCheck size={30} />
          </ThemeIcon>
          <Text>{t('resetPassword.doneBody')}</Text>
          <Button component={Link} to="/login" replace size="md" fullWidth>
            {t('resetPassword.signIn')}
          </Button>
        </Stack>
      </Layout>
    );
  }

  if (phase === 'invalidLink') {
    return (
      <Layout title={t('resetPassword.invalidLinkTitle')}>
        <Stack gap="md">
          <ThemeIcon size={52} radius="xl" variant="light" color="orange" aria-hidden>
            <IconLinkOff size={28} />
          </ThemeIcon>
          <Text>{t('resetPassword.invalidLinkBody')}</Text>
          <Button component={Link} to="/forgot-password" size="md" fullWidth>
            {t('resetPassword.requestNew')}
          </Button>
        </Stack>
        <BackToSignIn />
      </Layout>
    );
  }

  const passwordError =
    problemText(problems.password) ?? (refusal ? refusalText(refusal) : undefined);
  const showAlert = error && !refusal;
  return (
    <Layout title={t('resetPassword.title')} subtitle={t('resetPassword.subtitle')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {showAlert && <ErrorAlert error={error} title={t('resetPassword.failedTitle')} />}
          <NewPasswordInput
            label={t('password.new')}
            value={password}
            onChange={setPassword}
            error={passwordError}
            autoFocus
          />
          <PasswordField
            label={t('password.confirm')}
            name="confirm-password"
            autoComplete="new-password"
            size="md"
            value={confirmation}
            onChange={(event) => setConfirmation(event.currentTarget.value)}
            error={problemText(problems.confirmation)}
            required
            withAsterisk={false}
          />
          <Button type="submit" size="md" fullWidth loading={loading}>
            {t('resetPassword.submit')}
          </Button>
        </Stack>
      </form>
      <BackToSignIn />
    </Layout>
  );
}
