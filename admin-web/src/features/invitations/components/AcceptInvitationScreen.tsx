import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import {
  NewPasswordInput,
  passwordRefusal,
  useCurrentLegalDocuments,
  useCurrentUser,
  usePasswordRefusalText,
  type LegalDocumentFieldsFragment,
} from '@plannivo/web-kit/auth';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import { IconInfoCircle, IconLinkOff, IconMailCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { InvitationPreviewQuery } from '../../../gql/graphql';
import { formatDate } from '../../../shared/lib/dates';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { RoleBadge } from '../../../shared/ui/RoleBadge';
import { LoginLayout } from '../../auth';
import { LegalDocumentReader } from '../../legal';
import { useAcceptInvitation, useInvitationPreview } from '../hooks/useAcceptInvitation';
import { passwordProblem } from '../password';

type Preview = NonNullable<InvitationPreviewQuery['invitation']>;

/**
 * The page an invitation mail links to (`?token=…`), for someone without an account yet:
 * who the invitation is for, then their name, a password and the terms, and they are in.
 */
export function AcceptInvitationScreen({ token }: { token: string | null }) {
  const { t } = useTranslation('invitations');
  const preview = useInvitationPreview(token);
  // Set when the API refuses the token on submit (used or revoked in the meantime).
  const [gone, setGone] = useState(false);

  if (!token || gone || (!preview.loading && !preview.error && !preview.invitation)) {
    return (
      <LoginLayout title={t('accept.invalidTitle')}>
        <InvalidInvitation />
      </LoginLayout>
    );
  }
  if (preview.loading || !preview.invitation) {
    return (
      <LoginLayout title={t('accept.title')} subtitle={t('accept.subtitle')}>
        {preview.error !== undefined ? (
          <ErrorState
            title={t('accept.loadFailed')}
            error={preview.error}
            onRetry={preview.retry}
          />
        ) : (
          <PreviewSkeleton />
        )}
      </LoginLayout>
    );
  }
  return (
    <LoginLayout title={t('accept.title')} subtitle={t('accept.subtitle')}>
      <AcceptForm token={token} invitation={preview.invitation} onGone={() => setGone(true)} />
    </LoginLayout>
  );
}

function PreviewSkeleton() {
  return (
    <Stack gap="md" aria-busy>
      <Skeleton height={84} radius="md" />
      <Skeleton height={60} radius="md" />
      <Skeleton height={60} radius="md" />
      <Skeleton height={42} radius="md" />
    </Stack>
  );
}

function InvalidInvitation() {
  const { t } = useTranslation('invitations');
  return (
    <Stack gap="md">
      <ThemeIcon size={52} radius="xl" variant="light" color="orange" aria-hidden>
        <IconLinkOff size={28} />
      </ThemeIcon>
      <Text>{t('accept.invalidBody')}</Text>
      <Button component={Link} to="/login" size="md" variant="light" fullWidth>
        {t('accept.toSignIn')}
      </Button>
    </Stack>
  );
}

function AcceptForm({
  token,
  invitation,
  onGone,
}: {
  token: string;
  invitation: Preview;
  onGone: () => void;
}) {
  const { t } = useTranslation('invitations');
  const language = useCurrentLanguage();
  const navigate = useNavigate();
  const { user: signedIn } = useCurrentUser();
  const { accept, loading, error, reset } = useAcceptInvitation();
  const refusalText = usePasswordRefusalText();
  const legal = useCurrentLegalDocuments();
  const required = legal.documents.filter((document) => document.required);
  const [reading, setReading] = useState<LegalDocumentFieldsFragment | null>(null);

  const [name, setName] = useState(invitation.name);
  const [password, setPassword] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [invalid, setInvalid] = useState<{ name?: string; password?: string; agreed?: string }>({});

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    const problem = passwordProblem(password, { email: invitation.email, name });
    const problems = {
      ...(!name.trim() && { name: t('accept.nameRequired') }),
      ...(problem && { password: t(`accept.password.${problem}`) }),
      ...(required.length > 0 && !agreed && { agreed: t('accept.consentRequired') }),
    };
    setInvalid(problems);
    if (Object.keys(problems).length > 0) return;
    try {
      await accept({
        token,
        name: name.trim(),
        password,
        documentIds: required.map((document) => document.id),
      });
      await navigate('/', { replace: true });
    } catch (caught) {
      if (getErrorCode(caught) === 'NOT_FOUND' || getFieldErrors(caught).token) onGone();
    }
  }

  const code = error ? getErrorCode(error) : undefined;
  const fields = error ? getFieldErrors(error) : {};
  const refusal = error ? passwordRefusal(error) : undefined;
  const nameRejected = Boolean(fields.name);
  const showAlert = error !== undefined && !refusal && !nameRejected;
  // Without a code the API's reason is English: a translated "too easy to guess" instead.
  const refusalError = refusal?.code
    ? refusalText(refusal)
    : refusal && t('accept.password.rejected');

  const documentLink = (kind: 'TERMS' | 'PRIVACY') => {
    const document = required.find((candidate) => candidate.kind === kind);
    return document ? (
      <Anchor
        component="button"
        type="button"
        fz="inherit"
        onClick={() => setReading(document)}
        style={{ verticalAlign: 'baseline' }}
      />
    ) : (
      <span />
    );
  };

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" bg="gray.0">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size={36} radius="xl" aria-hidden>
            <IconMailCheck size={20} />
          </ThemeIcon>
          <Stack gap={6} miw={0}>
            <Text fz="sm" fw={600} style={{ wordBreak: 'break-all' }}>
              {invitation.email}
            </Text>
            <Group gap={6}>
              <Text fz="sm" c="dimmed">
                {t('accept.joiningAs')}
              </Text>
              <RoleBadge role={invitation.role} size="sm" />
            </Group>
            <Text fz="xs" c="dimmed">
              {t('accept.validUntil', { date: formatDate(invitation.expiresAt, language) })}
            </Text>
          </Stack>
        </Group>
      </Paper>

      {signedIn && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('accept.signedInAs', { name: signedIn.name, email: signedIn.email })}
        </Alert>
      )}

      <form onSubmit={handleSubmit} noValidate aria-label={t('accept.title')}>
        <Stack gap="md">
          {showAlert && (
            <ErrorAlert
              error={error}
              title={t('accept.failedTitle')}
              message={code === 'CONFLICT' ? t('accept.emailTaken') : undefined}
            >
              {code === 'CONFLICT' && (
                <>
                  {' '}
                  <Anchor component={Link} to="/login" fz="sm">
                    {t('accept.toSignIn')}
                  </Anchor>
                </>
              )}
            </ErrorAlert>
          )}
          <TextInput
            label={t('accept.name')}
            description={t('accept.nameHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={invalid.name ?? (nameRejected ? t('accept.nameInvalid') : undefined)}
            autoComplete="name"
            size="md"
            required
            withAsterisk={false}
          />
          {/* Lets a password manager file the new password under the invited address. */}
          <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
          <NewPasswordInput
            label={t('accept.passwordLabel')}
            value={password}
            onChange={setPassword}
            error={invalid.password ?? refusalError}
            autoFocus
          />
          {required.length > 0 && (
            <Checkbox
              checked={agreed}
              onChange={(event) => setAgreed(event.currentTarget.checked)}
              error={invalid.agreed}
              label={
                <Trans
                  t={t}
                  i18nKey="accept.consent"
                  components={{ terms: documentLink('TERMS'), privacy: documentLink('PRIVACY') }}
                />
              }
            />
          )}
          <Button type="submit" size="md" fullWidth loading={loading} mt="xs">
            {t('accept.submit')}
          </Button>
        </Stack>
      </form>

      <LegalDocumentReader
        document={reading}
        opened={reading !== null}
        onClose={() => setReading(null)}
      />
    </Stack>
  );
}
