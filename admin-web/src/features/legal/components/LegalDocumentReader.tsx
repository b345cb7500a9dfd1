import { Badge, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import type { LegalDocumentKind } from '../../../gql/graphql';
import { formatDate } from '../../../shared/lib/dates';

/** What the reader shows; the consent screens' documents (web-kit) fit it as well. */
export interface ReadableLegalDocument {
  kind: LegalDocumentKind;
  version: number;
  title: string;
  body: string;
  publishedAt: string;
  /** Marked "Current" when known and true. */
  current?: boolean;
}

/** One version of a document, to read in full. */
export function LegalDocumentReader({
  document,
  opened,
  onClose,
}: {
  document: ReadableLegalDocument | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('legal');
  const language = useCurrentLanguage();
  return (
    <Modal
      opened={opened && document !== null}
      onClose={onClose}
      title={document?.title}
      size="xl"
      centered
      scrollAreaComponent={ScrollArea.Autosize}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': t('reader.close') }}
    >
      {document && (
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="light" radius="sm" tt="none">
              {t(`kinds.${document.kind}.name`)}
            </Badge>
            <Badge variant="default" radius="sm" tt="none">
              {t('version', { version: document.version })}
            </Badge>
            {document.current && (
              <Badge variant="light" color="teal" radius="sm" tt="none">
                {t('current')}
              </Badge>
            )}
            <Text fz="sm" c="dimmed">
              {t('publishedOn', { date: formatDate(document.publishedAt, language) })}
            </Text>
          </Group>
          <Text fz="sm" lh={1.65} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {document.body}
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
