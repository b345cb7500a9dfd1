import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Paper,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  looksLikeEmail,
  NewPasswordInput,
  newPasswordProblem,
  PASSWORD_MIN_LENGTH,
  useCurrentLegalDocuments,
  usePasswordRefusalText,
  type ForgotPasswordState,
} from '@plannivo/web-kit/auth';
import { LANGUAGES, type Language } from '@plannivo/web-kit/i18n';
import { useChangeLanguage, useCurrentLanguage } from '@plannivo/web-kit/locale';
import { ErrorAlert, useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignUp } from '../hooks/useSignUp';
import { signUpFailure, type SignUpFailure } from '../signUpErrors';
import { LegalDocumentDisclosure } from './LegalDocumentDisclosure';

type Field = 'name' | 'email' | 'password' | 'legal';
type FieldErrors = Partial<Record<Field, string>>;

/**
 * The portal's sign-up: name, email, password, language, and the current terms and privacy
 * notice to read and accept (required), plus marketing e-mails (optional, off by default).
 */
export function SignupForm({ onSuccess }: { onSuccess: () => void }) {
  const { t, i18n } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const errorText = useErrorText();
  const language = useCurrentLanguage();
  const changeLanguage = useChangeLanguage();
  const languageLabelId = useId();
  const legal = useCurrentLegalDocuments();
  const { signUp, loading } = useSignUp();
  const refusalText = usePasswordRefusalText();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [acceptedLegal, setAcceptedLegal] = useState(false);
  const [marketing, setMarketing] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ error: unknown; kind: SignUpFailure['kind'] }>();

  const required = legal.documents.filter((document) => document.required);
  const marketingDocument = legal.documents.find((document) => document.kind === 'MARKETING');
  const documentList = new Intl.ListFormat(i18n.resolvedLanguage ?? language, {
    type: 'conjunction',
  }).format(required.map((document) => document.title));

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    if (!name.trim()) errors.name = t('signup.nameRequired');
    if (!email.trim()) errors.email = t('login.emailRequired');
    else if (!looksLikeEmail(email)) errors.email = t('login.emailInvalid');
    const problem = newPasswordProblem(password).password;
    if (problem) errors.password = t(`password.${problem}`, { min: PASSWORD_MIN_LENGTH });
    if (required.length > 0 && !acceptedLegal) errors.legal = t('signup.legalRequired');
    return errors;
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(undefined);
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    try {
      const outcome = await signUp({
        name: name.trim(),
        email: email.trim(),
        password,
        locale: language,
        acceptedDocumentIds: required.map((document) => document.id),
        marketingOptIn: marketing,
      });
      if (!outcome.marketingSaved) {
        notifications.show({ color: 'orange', message: t('signup.marketingNotSaved') });
      }
      onSuccess();
    } catch (caught) {
      const found = signUpFailure(caught);
      if (found.kind === 'fields') {
        setFieldErrors({
          name: found.fields.name && t('signup.nameRejected', { reason: found.fields.name }),
          email: found.fields.email && t('login.emailInvalid'),
          password: found.password && refusalText(found.password),
        });
      }
      setFailure({ error: caught, kind: found.kind });
    }
  }

  const forgotState: ForgotPasswordState = { email: email.trim() };

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {failure?.kind === 'emailTaken' && (
          <Alert
            color="orange"
            variant="light"
            title={t('signup.emailTakenTitle')}
            icon={<IconAlertCircle aria-hidden />}
          >
            <Text fz="sm">{t('signup.emailTakenBody')}</Text>
            <Stack gap={4} mt="xs">
              <Anchor component={Link} to="/login" fz="sm" fw={600}>
                {t('signup.emailTakenSignIn')}
              </Anchor>
              <Anchor component={Link} to="/forgot-password" state={forgotState} fz="sm" fw={600}>
                {t('signup.emailTakenReset')}
              </Anchor>
            </Stack>
          </Alert>
        )}
        {failure?.kind === 'other' && (
          <ErrorAlert error={failure.error} title={t('signup.failedTitle')} />
        )}
        <TextInput
          label={t('signup.name')}
          name="name"
          autoComplete="name"
          autoCapitalize="words"
          size="md"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldErrors.name}
          required
          withAsterisk={false}
        />
        <TextInput
          label={t('login.email')}
          placeholder={t('login.emailPlaceholder')}
          type="email"
          name="email"
          autoComplete="email"
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
        <NewPasswordInput
          label={t('login.password')}
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <Stack gap={4}>
          <Text id={languageLabelId} fz="sm" fw={500}>
            {t('signup.language')}
          </Text>
          <SegmentedControl
            role="radiogroup"
            aria-labelledby={languageLabelId}
            fullWidth
            value={language}
            onChange={(value) => void changeLanguage(value as Language)}
            data={LANGUAGES.map((value) => ({
              value,
              label: tc(`language.${value}`),
            }))}
          />
          <Text fz="xs" c="dimmed">
            {t('signup.languageHint')}
          </Text>
        </Stack>

        <Paper withBorder radius="md" p="sm">
          <Stack gap="sm">
            <Text fw={600} fz="sm">
              {t('signup.legalTitle')}
            </Text>
            {legal.loading ? (
              <Stack gap="xs">
                <Skeleton height={36} />
                <Skeleton height={36} />
              </Stack>
            ) : legal.error ? (
              <Alert color="red" variant="light">
                <Text fz="sm">{errorText(legal.error)}</Text>
                <Button
                  variant="light"
                  color="red"
                  size="compact-sm"
                  mt="xs"
                  onClick={() => void legal.refetch().catch(() => undefined)}
                >
                  {t('signup.retry')}
                </Button>
              </Alert>
            ) : (
              required.map((document) => (
                <LegalDocumentDisclosure key={document.id} document={document} />
              ))
            )}
            {required.length > 0 && (
              <Checkbox
                checked={acceptedLegal}
                onChange={(event) => setAcceptedLegal(event.currentTarget.checked)}
                label={t('signup.acceptLegal', { documents: documentList })}
                error={fieldErrors.legal}
              />
            )}
          </Stack>
        </Paper>

        <Stack gap={6}>
          <Checkbox
            checked={marketing}
            onChange={(event) => setMarketing(event.currentTarget.checked)}
            label={t('signup.marketing')}
            description={t('signup.marketingHint')}
          />
          {marketingDocument && (
            <Paper withBorder radius="md" p="sm" ml={32}>
              <LegalDocumentDisclosure document={marketingDocument} />
            </Paper>
          )}
        </Stack>

        <Button
          type="submit"
          size="md"
          fullWidth
          loading={loading}
          // Terms nobody could read cannot be accepted: wait for them.
          disabled={legal.loading || Boolean(legal.error)}
        >
          {t('signup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
