import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Input,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { getFieldErrors } from '@plannivo/web-kit/errors';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconCalendar,
  IconCheck,
  IconCopy,
  IconKey,
} from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment, ApiKeyScope } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { formatDate } from '../../../shared/lib/dates';
import { AppModal } from '../../../shared/ui/AppModal';
import { useCreateApiKey } from '../hooks/useApiKeys';
import { API_KEY_SCOPES, dayAfter, endOfDay } from '../keys';

const NAME_MAX_LENGTH = 100;

type Step = { kind: 'form' } | { kind: 'created'; key: ApiKeyFieldsFragment; secret: string };

/**
 * Creates a key in two steps: what it may do, then its secret, shown this once. While the
 * secret is on screen, only the explicit "Done" closes the dialog, so a stray click outside
 * cannot lose it.
 */
export function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('apiKeys');
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const showingSecret = step.kind === 'created';

  return (
    <AppModal
      opened={opened}
      onClose={showingSecret ? () => undefined : onClose}
      onExitTransitionEnd={() => setStep({ kind: 'form' })}
      title={showingSecret ? t('created.title') : t('create.title')}
      size="lg"
      closeOnClickOutside={!showingSecret}
      closeOnEscape={!showingSecret}
      withCloseButton={!showingSecret}
    >
      {step.kind === 'form' ? (
        <CreateForm
          onCancel={onClose}
          onCreated={(key, secret) => setStep({ kind: 'created', key, secret })}
        />
      ) : (
        <SecretOnce apiKey={step.key} secret={step.secret} onDone={onClose} />
      )}
    </AppModal>
  );
}

function CreateForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (key: ApiKeyFieldsFragment, secret: string) => void;
}) {
  const { t } = useTranslation('apiKeys');
  const language = useCurrentLanguage();
  const errorMessage = useErrorText();
  const { create, loading, error, reset } = useCreateApiKey();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['READ']);
  const [expiry, setExpiry] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<{ name?: string; scopes?: string }>({});
  const [today] = useState(() => new Date());

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    const problems = {
      ...(!name.trim() && { name: t('create.nameRequired') }),
      ...(scopes.length === 0 && { scopes: t('create.scopesRequired') }),
    };
    setInvalid(problems);
    if (problems.name || problems.scopes) return;
    try {
      const created = await create({
        name: name.trim(),
        scopes,
        expiresAt: expiry ? (endOfDay(expiry) ?? null) : null,
      });
      if (created) onCreated(created.apiKey, created.secret);
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const fields = error ? getFieldErrors(error) : {};
  const presets = [
    { value: dayAfter(today, 30), label: t('create.presets.days30') },
    { value: dayAfter(today, 90), label: t('create.presets.days90') },
    { value: dayAfter(today, 365), label: t('create.presets.year') },
  ];

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('create.title')}>
      <Stack gap="md">
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <TextInput
          label={t('create.name')}
          placeholder={t('create.namePlaceholder')}
          description={t('create.nameHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={invalid.name ?? (fields.name ? t('create.nameInvalid') : undefined)}
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          data-autofocus
          required
        />
        <Checkbox.Group
          label={t('create.scopes')}
          description={t('create.scopesHelp')}
          value={scopes}
          onChange={(value) => setScopes(value as ApiKeyScope[])}
          error={invalid.scopes ?? (fields.scopes ? t('create.scopesInvalid') : undefined)}
          required
        >
          <Stack gap="xs" mt="xs">
            {API_KEY_SCOPES.map((scope) => (
              <Checkbox.Card key={scope} value={scope} radius="md" p="sm">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Checkbox.Indicator mt={2} />
                  <div>
                    <Text fz="sm" fw={600}>
                      {t(`scopes.${scope}.label`)}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {t(`scopes.${scope}.description`)}
                    </Text>
                  </div>
                </Group>
              </Checkbox.Card>
            ))}
          </Stack>
        </Checkbox.Group>
        <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
          <DatePickerInput
            label={t('create.expiry')}
            description={t('create.expiryHelp')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            placeholder={t('create.expiryPlaceholder')}
            value={expiry}
            onChange={setExpiry}
            minDate={dayAfter(today, 1)}
            presets={presets}
            valueFormatter={({ date }) =>
              typeof date === 'string' && date
                ? formatDate(`${date.slice(0, 10)}T12:00:00`, language)
                : ''
            }
            error={fields.expiresAt ? t('create.expiryInvalid') : undefined}
            leftSection={<IconCalendar size={16} aria-hidden />}
            clearable
          />
        </DatesProvider>
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('create.cancel')}
          </Button>
          <Button type="submit" loading={loading} leftSection={<IconKey size={16} />}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SecretOnce({
  apiKey,
  secret,
  onDone,
}: {
  apiKey: ApiKeyFieldsFragment;
  secret: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('apiKeys');
  const [copied, setCopied] = useState(false);
  const [leaving, setLeaving] = useState(false);

  return (
    <Stack gap="md">
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t('created.warningTitle')}
      >
        {t('created.warning')}
      </Alert>
      <Input.Wrapper label={t('created.secretLabel', { name: apiKey.name })} id="api-key-secret">
        <Group gap="xs" wrap="nowrap" align="stretch" mt={6}>
          <Code
            block
            id="api-key-secret"
            fz="sm"
            style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap', userSelect: 'all' }}
            data-testid="api-key-secret"
          >
            {secret}
          </Code>
          <CopyButton value={secret} timeout={2500}>
            {({ copied: justCopied, copy }) => (
              <Button
                variant={justCopied ? 'light' : 'filled'}
                color={justCopied ? 'teal' : undefined}
                leftSection={justCopied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={() => {
                  copy();
                  setCopied(true);
                  setLeaving(false);
                }}
                style={{ flexShrink: 0, height: 'auto' }}
              >
                {justCopied ? t('created.copied') : t('created.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Input.Wrapper>
      <Text fz="sm" c="dimmed">
        {t('created.usage')}{' '}
        <Code>
          Authorization: Bearer {'<'}…{'>'}
        </Code>
      </Text>
      {leaving && !copied && (
        <Alert color="red" variant="light" role="alert">
          {t('created.notCopied')}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        {leaving && !copied ? (
          <Button color="red" variant="light" onClick={onDone}>
            {t('created.closeAnyway')}
          </Button>
        ) : (
          <Button onClick={() => (copied ? onDone() : setLeaving(true))}>
            {t('created.done')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
