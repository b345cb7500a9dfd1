import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
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
  useDocumentForm,
  type DocumentKind,
} from '@plannivo/web-kit/documents';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDocumentFieldsFragment, CustomerFieldsFragment } from '../../../gql/graphql';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { InstantText } from '../../../shared/ui/InstantText';
import { rowBorder } from '../../../shared/ui/ListPanel';
import {
  useCustomerDocuments,
  useRemoveCustomerDocument,
  useUploadCustomerDocument,
} from '../hooks/useCustomerDocuments';

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
  const { t: tShared } = useTranslation('documents');
  const errorText = useErrorText();
  const { documents, loading, error, retry } = useCustomerDocuments(customer.id);
  const upload = useUploadCustomerDocument(customer.id);
  const removal = useRemoveCustomerDocument(customer.id);
  const form = useDocumentForm(upload);
  const [removing, setRemoving] = useState<CustomerDocumentFieldsFragment | null>(null);

  const confirmRemoval = async () => {
    if (!removing) return;
    try {
      await removal.remove(removing.id);
      notifications.show({
        color: 'teal',
        message: tShared('removed', { title: removing.title }),
      });
      setRemoving(null);
    } catch {
      // Shown in the dialog from the mutation's error state.
    }
  };

  return (
    <Stack gap="lg">
      {!readOnly && (
        <Paper withBorder radius="lg" p="lg" component="section" aria-label={tShared('add')}>
          <Stack gap="md">
            <div>
              <Title order={2} fz="md">
                {tShared('add')}
              </Title>
              <Text fz="sm" c="dimmed" mt={2}>
                {t('documents.intro')}
              </Text>
            </div>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={tShared('kind')}
                data={DOCUMENT_KINDS.map((value) => ({
                  value,
                  label: t(`documents.kinds.${value}`),
                }))}
                value={form.kind}
                onChange={(value) => value && form.setKind(value as DocumentKind)}
                allowDeselect={false}
                required
              />
              <TextInput
                label={t('documents.titleLabel')}
                placeholder={t('documents.titlePlaceholder')}
                value={form.title}
                maxLength={200}
                onChange={(event) => form.setTitle(event.currentTarget.value)}
              />
            </SimpleGrid>
            <DocumentFileField form={form} error={upload.error} />
            <Group justify="flex-end">
              <Button
                leftSection={<IconUpload size={16} />}
                disabled={!form.file}
                loading={upload.loading}
                onClick={() => void form.submit()}
              >
                {tShared('upload')}
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
        title={tShared('confirmTitle', { title: removing?.title ?? '' })}
        confirmLabel={tShared('confirm')}
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
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <DocumentIcon document={document} />
        <Stack gap={2} miw={0}>
          <Group gap={6} wrap="wrap">
            <DocumentLink document={document} fz="sm" />
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
        <RemoveDocumentButton
          document={document}
          tooltip={t('documents.remove')}
          onClick={onRemove}
        />
      )}
    </Group>
  );
}
