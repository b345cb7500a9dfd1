import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import {
  IconAlertCircle,
  IconFileText,
  IconPaperclip,
  IconPhoto,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CustomerDocumentFieldsFragment,
  CustomerDocumentKind,
  CustomerFieldsFragment,
} from '../../../gql/graphql';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { InstantText } from '../../../shared/ui/InstantText';
import { rowBorder } from '../../../shared/ui/ListPanel';
import {
  ACCEPTED_DOCUMENT_TYPES,
  formatBytes,
  UploadError,
  type UploadRefusal,
} from '../documentUpload';
import {
  useCustomerDocuments,
  useRemoveCustomerDocument,
  useUploadCustomerDocument,
} from '../hooks/useCustomerDocuments';

const KINDS: readonly CustomerDocumentKind[] = ['ID_DOCUMENT', 'CERTIFICATE', 'MEDICAL', 'OTHER'];
const REFUSALS: readonly UploadRefusal[] = [
  'FILE_TOO_LARGE',
  'FILE_EMPTY',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_CONTENT_MISMATCH',
];

/**
 * Files kept with a record (ID, certificates, medical forms): an upload form (kind, optional
 * title, one file) and the list, each with a download link and a removal after asking. A
 * merged record shows its list read-only (its documents moved to the survivor).
 */
export function DocumentsTab({
  customer,
  readOnly,
}: {
  customer: CustomerFieldsFragment;
  readOnly: boolean;
}) {
  const { t } = useTranslation('customers');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const { documents, loading, error, retry } = useCustomerDocuments(customer.id);
  const upload = useUploadCustomerDocument(customer.id);
  const removal = useRemoveCustomerDocument(customer.id);

  const [kind, setKind] = useState<CustomerDocumentKind>('ID_DOCUMENT');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const resetFile = useRef<() => void>(null);
  const [removing, setRemoving] = useState<CustomerDocumentFieldsFragment | null>(null);

  const submit = async () => {
    if (!file) return;
    try {
      await upload.upload({ file, kind, title });
      notifications.show({
        color: 'teal',
        message: t('documents.uploaded', { title: title.trim() || file.name }),
      });
      setFile(null);
      setTitle('');
      resetFile.current?.();
    } catch {
      // Shown below the form from the upload's error state.
    }
  };

  const uploadFailure = (() => {
    if (!upload.error) return undefined;
    const reason = upload.error instanceof UploadError ? upload.error.reason : undefined;
    const refusal = REFUSALS.find((r) => r === reason);
    return refusal ? t(`documents.refused.${refusal}`) : errorText(upload.error);
  })();

  const confirmRemoval = async () => {
    if (!removing) return;
    try {
      await removal.remove(removing.id);
      notifications.show({
        color: 'teal',
        message: t('documents.removed', { title: removing.title }),
      });
      setRemoving(null);
    } catch {
      // Shown in the dialog from the mutation's error state.
    }
  };

  return (
    <Stack gap="lg">
      {!readOnly && (
        <Paper withBorder radius="lg" p="lg" component="section" aria-label={t('documents.add')}>
          <Stack gap="md">
            <div>
              <Title order={2} fz="md">
                {t('documents.add')}
              </Title>
              <Text fz="sm" c="dimmed" mt={2}>
                {t('documents.intro')}
              </Text>
            </div>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t('documents.kind')}
                data={KINDS.map((value) => ({ value, label: t(`documents.kinds.${value}`) }))}
                value={kind}
                onChange={(value) => value && setKind(value as CustomerDocumentKind)}
                allowDeselect={false}
                required
              />
              <TextInput
                label={t('documents.titleLabel')}
                placeholder={t('documents.titlePlaceholder')}
                value={title}
                maxLength={200}
                onChange={(event) => setTitle(event.currentTarget.value)}
              />
            </SimpleGrid>
            <Group gap="sm" wrap="wrap">
              <FileButton
                onChange={(picked) => {
                  upload.reset();
                  setFile(picked);
                }}
                accept={ACCEPTED_DOCUMENT_TYPES}
                resetRef={resetFile}
                inputProps={{ 'aria-label': t('documents.choose') }}
              >
                {(props) => (
                  <Button variant="default" leftSection={<IconPaperclip size={16} />} {...props}>
                    {t('documents.choose')}
                  </Button>
                )}
              </FileButton>
              <Text fz="sm" c={file ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
                {file
                  ? t('documents.chosen', {
                      name: file.name,
                      size: formatBytes(file.size, language),
                    })
                  : t('documents.noFile')}
              </Text>
            </Group>
            <Text fz="xs" c="dimmed">
              {t('documents.accepted')}
            </Text>
            {uploadFailure && (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertCircle aria-hidden />}
                title={t('documents.uploadFailed')}
                role="alert"
              >
                {uploadFailure}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button
                leftSection={<IconUpload size={16} />}
                disabled={!file}
                loading={upload.loading}
                onClick={() => void submit()}
              >
                {t('documents.upload')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <Paper withBorder radius="lg" component="section" aria-label={t('documents.title')}>
        <Title order={2} fz="md" p="lg" pb={documents.length ? 'sm' : 0}>
          {t('documents.title')}
        </Title>
        {loading ? (
          <Stack p="lg" gap="sm" aria-busy>
            <Skeleton height={40} radius="sm" />
            <Skeleton height={40} radius="sm" />
          </Stack>
        ) : error !== undefined ? (
          <ErrorState title={t('documents.errorTitle')} error={error} onRetry={retry} />
        ) : documents.length === 0 ? (
          <Text fz="sm" c="dimmed" p="lg">
            {t('documents.empty')}
          </Text>
        ) : (
          <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
            {documents.map((document) => (
              <li key={document.id} style={{ borderTop: rowBorder, padding: '12px 20px' }}>
                <DocumentRow
                  document={document}
                  onRemove={
                    readOnly
                      ? undefined
                      : () => {
                          removal.reset();
                          setRemoving(document);
                        }
                  }
                />
              </li>
            ))}
          </Stack>
        )}
      </Paper>

      <ConfirmModal
        opened={removing !== null}
        title={t('documents.confirmTitle', { title: removing?.title ?? '' })}
        confirmLabel={t('documents.confirm')}
        loading={removal.loading}
        error={removal.error ? errorText(removal.error) : undefined}
        onConfirm={() => void confirmRemoval()}
        onClose={() => setRemoving(null)}
      >
        {t('documents.confirmBody')}
      </ConfirmModal>
    </Stack>
  );
}

/** One document: its title (the download link), kind, file, size, who uploaded it and when. */
function DocumentRow({
  document,
  onRemove,
}: {
  document: CustomerDocumentFieldsFragment;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('customers');
  const language = useCurrentLanguage();
  const isImage = document.contentType.startsWith('image/');
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <ThemeIcon variant="light" color={isImage ? 'grape' : 'ocean'} size={36} radius="md">
          {isImage ? <IconPhoto size={18} aria-hidden /> : <IconFileText size={18} aria-hidden />}
        </ThemeIcon>
        <Stack gap={2} miw={0}>
          <Group gap={6} wrap="wrap">
            <Anchor
              href={document.url}
              download={document.fileName}
              fz="sm"
              fw={600}
              aria-label={t('documents.download', { title: document.title })}
              style={{ overflowWrap: 'anywhere' }}
            >
              {document.title}
            </Anchor>
            <Badge size="xs" variant="light" color="gray" radius="sm">
              {t(`documents.kinds.${document.kind}`)}
            </Badge>
          </Group>
          <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {document.fileName} · {formatBytes(document.sizeBytes, language)}
          </Text>
          <Group gap={4} wrap="wrap">
            <Text fz="xs" c="dimmed">
              {document.uploadedByName
                ? t('documents.uploadedBy', { name: document.uploadedByName })
                : t('documents.uploadedByUnknown')}
            </Text>
            <Text fz="xs" c="dimmed" aria-hidden>
              ·
            </Text>
            <InstantText iso={document.createdAt} fz="xs" c="dimmed" />
          </Group>
        </Stack>
      </Group>
      {onRemove && (
        <Tooltip label={t('documents.remove')} withArrow>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('documents.removeNamed', { title: document.title })}
            onClick={onRemove}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
  );
}
