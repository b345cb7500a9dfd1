import {
  Alert,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getFieldErrors } from '@plannivo/web-kit/errors';
import { IconAlertCircle, IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalDocumentKind, LegalVersionFieldsFragment } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { AppModal } from '../../../shared/ui/AppModal';
import { usePublishLegalDocument } from '../hooks/useLegalDocuments';
import { isRequiredKind, LEGAL_KINDS } from '../kinds';

const TITLE_MAX_LENGTH = 200;

/**
 * A new version of a document. It starts from the version in force, so a small change is a
 * small edit; publishing terms or privacy asks for an explicit acknowledgement, because
 * everyone has to accept them again.
 */
export function PublishLegalDocumentModal({
  opened,
  initialKind,
  current,
  onClose,
}: {
  opened: boolean;
  initialKind: LegalDocumentKind;
  /** The version in force of each kind, to start from. */
  current: Partial<Record<LegalDocumentKind, LegalVersionFieldsFragment>>;
  onClose: () => void;
}) {
  const { t } = useTranslation('legal');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('publish.title')} size="xl">
      {/* Mantine unmounts the form once closed: each opening starts from the version in force. */}
      <PublishForm initialKind={initialKind} current={current} onDone={onClose} />
    </AppModal>
  );
}

function PublishForm({
  initialKind,
  current,
  onDone,
}: {
  initialKind: LegalDocumentKind;
  current: Partial<Record<LegalDocumentKind, LegalVersionFieldsFragment>>;
  onDone: () => void;
}) {
  const { t } = useTranslation('legal');
  const errorMessage = useErrorText();
  const { publish, loading, error, reset } = usePublishLegalDocument();
  const [kind, setKind] = useState<LegalDocumentKind>(initialKind);
  const [title, setTitle] = useState(current[initialKind]?.title ?? '');
  const [body, setBody] = useState(current[initialKind]?.body ?? '');
  const [edited, setEdited] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [invalid, setInvalid] = useState<{ title?: string; body?: string }>({});

  const required = isRequiredKind(kind);
  const base = current[kind];
  const unchanged =
    base !== undefined && title.trim() === base.title && body.trim() === base.body.trim();

  const changeKind = (next: LegalDocumentKind) => {
    setKind(next);
    setAcknowledged(false);
    // Untouched text follows the kind; anything typed stays.
    if (!edited) {
      setTitle(current[next]?.title ?? '');
      setBody(current[next]?.body ?? '');
    }
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    reset();
    const problems = {
      ...(!title.trim() && { title: t('publish.titleRequired') }),
      ...(!body.trim() && { body: t('publish.bodyRequired') }),
    };
    setInvalid(problems);
    if (problems.title || problems.body || (required && !acknowledged)) return;
    try {
      const published = await publish({ kind, title: title.trim(), body: body.trim() });
      notifications.show({
        color: 'teal',
        title: t('publish.doneTitle'),
        message: t('publish.done', {
          kind: t(`kinds.${kind}.name`),
          version: published?.version ?? '',
        }),
      });
      onDone();
    } catch {
      // Shown from the mutation's error state.
    }
  }

  const fields = error ? getFieldErrors(error) : {};
  const kindName = t(`kinds.${kind}.name`);

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('publish.title')}>
      <Stack gap="md">
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Stack gap={6}>
          <Text fz="sm" fw={500} id="publish-kind-label">
            {t('publish.kind')}
          </Text>
          <SegmentedControl
            data={LEGAL_KINDS.map((value) => ({ value, label: t(`kinds.${value}.name`) }))}
            value={kind}
            onChange={(value) => changeKind(value as LegalDocumentKind)}
            aria-labelledby="publish-kind-label"
            fullWidth
          />
          <Text fz="xs" c="dimmed">
            {base
              ? t('publish.startsFrom', { version: base.version })
              : t('publish.firstVersion', { kind: kindName })}
          </Text>
        </Stack>
        {required ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('publish.reacceptTitle')}
          >
            {t('publish.reacceptBody', { kind: kindName })}
          </Alert>
        ) : (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {kind === 'RENTAL' ? t('publish.rentalBody') : t('publish.optionalBody')}
          </Alert>
        )}
        <TextInput
          label={t('publish.documentTitle')}
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            setEdited(true);
          }}
          error={invalid.title ?? (fields.title ? t('publish.titleInvalid') : undefined)}
          maxLength={TITLE_MAX_LENGTH}
          required
        />
        <Textarea
          label={t('publish.body')}
          description={t('publish.bodyHelp')}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setEdited(true);
          }}
          error={invalid.body ?? (fields.body ? t('publish.bodyInvalid') : undefined)}
          autosize
          minRows={10}
          maxRows={22}
          required
          styles={{ input: { lineHeight: 1.6 } }}
        />
        {required && (
          <Checkbox
            label={t('publish.acknowledge', { kind: kindName })}
            checked={acknowledged}
            onChange={(event) => setAcknowledged(event.currentTarget.checked)}
            color="orange"
          />
        )}
        {unchanged && (
          <Text fz="sm" c="dimmed">
            {t('publish.unchanged')}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('publish.cancel')}
          </Button>
          <Button
            type="submit"
            loading={loading}
            color={required ? 'orange' : undefined}
            disabled={(required && !acknowledged) || unchanged}
          >
            {t('publish.submit', { kind: kindName })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
