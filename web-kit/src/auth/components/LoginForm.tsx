import { Alert, Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUserFragment } from '../../gql/graphql';
import { useLogin } from '../hooks/useLogin';
import { loginErrorMessage } from '../loginErrors';
import { looksLikeEmail } from '../password';
import type { ForgotPasswordState } from './ForgotPasswordScreen';
import { PasswordField } from './PasswordField';

type FieldErrors = Partial<Record<'email' | 'password', string>>;

export function LoginForm({ onSuccess }: { onSuccess: (user: CurrentUserFragment) => void }) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation('common');
  const { login, loading, error, reset } = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('login.emailRequired');
    else if (!looksLikeEmail(email)) errors.email = t('login.emailInvalid');
    if (!password) errors.password = t('login.passwordRequired');
    return errors;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    const errors = validate();
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    try {
      onSuccess(await login(email.trim(), password));
    } catch {
      // Shown below from the mutation's error state.
    }
  }

  const failure = error ? loginErrorMessage(error) : undefined;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {failure && (
          <Alert
            color="red"
            variant="light"
            title={t('login.failedTitle')}
            icon={<IconAlertCircle aria-hidden />}
          >
            {failure.ns === 'auth' ? t(failure.key) : tc(failure.key)}
          </Alert>
        )}
        <TextInput
          label={t('login.email')}
          placeholder={t('login.emailPlaceholder')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          size="md"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
          required
          withAsterisk={false}
        />
        <PasswordField
          label={t('login.password')}
          name="password"
          autoComplete="current-password"
          size="md"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password}
          required
          withAsterisk={false}
        />
        <Group justify="flex-end" mt={-8}>
          <Anchor
            component={Link}
            to="/forgot-password"
            state={{ email: email.trim() } satisfies ForgotPasswordState}
            fz="sm"
            fw={500}
          >
            {t('login.forgotPassword')}
          </Anchor>
        </Group>
        <Button type="submit" size="md" fullWidth loading={loading}>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
