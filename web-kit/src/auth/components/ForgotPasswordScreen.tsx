import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { getErrorCode, getFieldErrors } from '../../errors';
import { RequestPasswordResetDocument } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { usePageTitle } from '../../ui/usePageTitle';
import type { AuthLayout } from '../layout';
import { looksLikeEmail } from '../password';
import { BackToSignIn } from './BackToSignIn';

/** What the sign-in form hands over: the address typed so far, to save typing it twice. */
export interface ForgotPasswordState {
  email?: string;
}

function initialEmail(state: unknown): string {
  const email = (state as ForgotPasswordState | null)?.email;
  return typeof email === 'string' ? email : '';
}

/**
 * "Forgot password?": asks for the account's email and always answers the same way, whether
 * or not an account exists (the API never says, so nobody can probe for accounts here).
 */
export function ForgotPasswordScreen({ layout: Layout }: { layout: AuthLayout }) {
  const { t } = useTranslation('auth');
  usePageTitle(t('forgotPassword.documentTitle'));
  const location = useLocation();
  const [email, setEmail] = useState(() => initialEmail(location.state));
  const [emailError, setEmailError] = useState<string>();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [requestReset, { loading, error, reset }] = useMutation(RequestPasswordResetDocument);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    const address = email.trim();
    const problem = !address
      ? t('login.emailRequired')
      : looksLikeEmail(address)
        ? undefined
        : t('login.emailInvalid');
    setEmailError(problem);
    if (problem) return;
    try {
      await requestReset({ variables: { email: address } });
      setSentTo(address);
    } catch (caught) {
      // The API checks the address too; anything else is shown from the error state below.
      if (getFieldErrors(caught).email) setEmailError(t('login.emailInvalid'));
    }
  }

  if (sentTo) {
    return (
      <Layout title={t('forgotPassword.sentTitle')}>
        <Stack gap="md" role="status">
          <ThemeIcon size={52} radius="xl" variant="light" aria-hidden>
            <IconMailForward size={28} />
          </ThemeIcon>
          <Text>{t('forgotPassword.sentBody', { email: sentTo })}</Text>
          <Text fz="sm" c="dimmed">
            {t('forgotPassword.sentHint')}
          </Text>
          <Button
            variant="default"
            size="md"
            onClick={() => {
              reset();
              setSentTo(null);
            }}
          >
            {t('forgotPassword.tryAgain')}
          </Button>
        </Stack>
        <BackToSignIn />
      </Layout>
    );
  }

  const showAlert = error && getErrorCode(error) !== 'BAD_USER_INPUT';
  return (
    <Layout title={t('forgotPassword.title')} subtitle={t('forgotPassword.subtitle')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          {showAlert && <ErrorAlert error={error} title={t('forgotPassword.failedTitle')} />}
          <TextInput
            label={t('login.email')}
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            size="md"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={emailError}
            required
            withAsterisk={false}
            autoFocus={!email}
          />
          <Button type="submit" size="md" fullWidth loading={loading}>
            {t('forgotPassword.submit')}
          </Button>
        </Stack>
      </form>
      <BackToSignIn />
    </Layout>
  );
}
