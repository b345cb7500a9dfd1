import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  DOCUMENT_KINDS,
  DocumentFileField,
  DocumentIcon,
  DocumentLink,
  formatBytes,
  RemoveDocumentButton,
  refusalOf,
  useDocumentForm,
  type DocumentKind,
} from '@plannivo/web-kit/documents';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { ErrorAlert, useErrorText } from '@plannivo/web-kit/ui';
import { IconAlertCircle, IconLock, IconUpload } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyDocumentFragment } from '../../../gql/graphql';
import { formatAddedOn } from '../addedOn';
import { useMyDocuments, useRemoveMyDocument, useUploadMyDocument } from '../hooks/useMyDocuments';

/**
 * "My documents": the files on the person's own record (ID, certificates such as an IKO card,
 * medical forms), each with a download link and a removal after asking, and a form to add one
 * (kind, optional title, one file checked for type and size before sending). Only the person
 * and the school's staff can open them. Staff, who have no customer record, see nothing.
 */
export function MyDocumentsSection() {
  const { t } = useTranslation('documents');
  const titleId = useId();
  const { customerId, documents, loading, error, retry, refetch } = useMyDocuments();
  const removal = useRemoveMyDocument();
  const [removing, setRemoving] = useState<MyDocumentFragment | null>(null);
  const errorText = useErrorText();

  if (!loading && error === undefined && !customerId) return null;

  const confirmRemoval = async () => {
    if (!removing) return;
    try {
      await removal.remove(removing.id);
      notifications.show({ color: 'teal', message: t('removed', { title: removing.title }) });
      setRemoving(null);
    } catch {
      // Shown in the dialog from the mutation's error state.
    }
  };

  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="lg" p="md">
      <Stack gap="md">
        <div>
          <Title id={titleId} order={2} fz="h4">
            {t('title')}
          </Title>
          <Group gap={6} wrap="nowrap" align="flex-start" mt={4}>
            <IconLock size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text fz="sm" c="dimmed">
              {t('whoCanSee')}
            </Text>
          </Group>
        </div>

        {loading ? (
          <Stack gap="sm" aria-hidden>
            <Skeleton height={48} radius="md" />
            <Skeleton height={48} radius="md" />
          </Stack>
        ) : error !== undefined ? (
          <ErrorAlert error={error} title={t('loadFailed')}>
            <Button variant="light" color="red" size="compact-sm" mt="xs" onClick={retry}>
              {t('retry')}
            </Button>
          </ErrorAlert>
        ) : documents.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('empty')}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {documents.map((document) => (
              <li key={document.id}>
                <DocumentRow
                  document={document}
                  onRemove={() => {
                    removal.reset();
                    setRemoving(document);
                  }}
                />
              </li>
            ))}
          </Stack>
        )}

        {customerId && <UploadForm customerId={customerId} afterUpload={refetch} />}
      </Stack>

      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('confirmTitle', { title: removing?.title ?? '' })}
        centered
      >
        <Stack gap="md">
          <Text fz="sm">{t('confirmBody')}</Text>
          {removal.error && (
            <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle aria-hidden />}>
              {errorText(removal.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('cancel')}
            </Button>
            <Button color="red" loading={removal.loading} onClick={() => void confirmRemoval()}>
              {t('confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

/** One document: its title (the download link), kind, file size and the day it was added. */
function DocumentRow({
  document,
  onRemove,
}: {
  document: MyDocumentFragment;
  onRemove: () => void;
}) {
  const { t } = useTranslation('documents');
  const language = useCurrentLanguage();
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
      <Group gap="sm" wrap="nowrap" miw={0} align="flex-start">
        <DocumentIcon document={document} large />
        <Stack gap={2} miw={0}>
          <DocumentLink document={document} />
          <Group gap={6} wrap="wrap">
            <Badge size="sm" variant="light" color="gray" radius="sm">
              {t(`kinds.${document.kind}`)}
            </Badge>
            <Text fz="xs" c="dimmed">
              {formatBytes(document.sizeBytes, language)} ·{' '}
              {formatAddedOn(document.createdAt, language)}
            </Text>
          </Group>
          {document.title !== document.fileName && (
            <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {document.fileName}
            </Text>
          )}
        </Stack>
      </Group>
      <RemoveDocumentButton document={document} onClick={onRemove} large />
    </Group>
  );
}

/** Kind, optional title and one file; the API's refusal reasons shown in words. */
function UploadForm({
  customerId,
  afterUpload,
}: {
  customerId: string;
  afterUpload: () => Promise<unknown>;
}) {
  const { t } = useTranslation('documents');
  const upload = useUploadMyDocument(customerId, afterUpload);
  const form = useDocumentForm(upload);
  // A file the API would refuse is named at once, before anyone presses "Upload".
  const early = form.file ? refusalOf(form.file) : null;

  return (
    <Stack
      gap="sm"
      component="form"
      aria-label={t('add')}
      pt="md"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <Title order={3} fz="md">
        {t('add')}
      </Title>
      <NativeSelect
        label={t('kind')}
        size="md"
        data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`kindChoices.${value}`) }))}
        value={form.kind}
        onChange={(event) => form.setKind(event.currentTarget.value as DocumentKind)}
      />
      <TextInput
        label={t('titleLabel')}
        description={t('titleHint')}
        size="md"
        value={form.title}
        maxLength={200}
        onChange={(event) => form.setTitle(event.currentTarget.value)}
      />
      <DocumentFileField form={form} error={upload.error} refuseEarly stacked />
      <Button
        type="submit"
        size="md"
        fullWidth
        leftSection={<IconUpload size={18} aria-hidden />}
        disabled={!form.file || early !== null}
        loading={upload.loading}
      >
        {t('upload')}
      </Button>
    </Stack>
  );
}
