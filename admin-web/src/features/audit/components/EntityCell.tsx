import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEntityLabel } from '../hooks/useLabels';
import { CopyId } from './CopyId';

/** What the entry is about: its kind (translated when known) and its id. */
export function EntityCell({
  entityType,
  entityId,
}: {
  entityType: string | null;
  entityId: string | null;
}) {
  const entityLabel = useEntityLabel();
  if (!entityType && !entityId) return <NotRecorded />;
  return (
    <Stack gap={2} align="flex-start">
      {entityType && (
        <Text fz="xs" c="dimmed" fw={500}>
          {entityLabel(entityType)}
        </Text>
      )}
      {entityId && <CopyId id={entityId} />}
    </Stack>
  );
}

/** An empty cell that still says why it is empty to a screen reader. */
export function NotRecorded() {
  const { t } = useTranslation('audit');
  return (
    <>
      <Text span c="dimmed" aria-hidden>
        —
      </Text>
      <VisuallyHidden>{t('notRecorded')}</VisuallyHidden>
    </>
  );
}
