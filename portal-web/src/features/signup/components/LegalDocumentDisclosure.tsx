import { Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  LegalDocumentMeta,
  LegalDocumentText,
  type LegalDocumentFieldsFragment,
} from '@plannivo/web-kit/auth';
import { IconChevronDown } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A document's title with "Read" that unfolds its full text in place. */
export function LegalDocumentDisclosure({ document }: { document: LegalDocumentFieldsFragment }) {
  const { t } = useTranslation('auth');
  const [opened, { toggle }] = useDisclosure(false);
  const bodyId = useId();
  return (
    <Stack gap={6}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Text fw={600} fz="sm" lh={1.3}>
            {document.title}
          </Text>
          <LegalDocumentMeta document={document} />
        </div>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={toggle}
          aria-expanded={opened}
          aria-controls={bodyId}
          aria-label={t(opened ? 'signup.hideDocument' : 'signup.readDocument', {
            title: document.title,
          })}
          rightSection={
            <IconChevronDown
              size={14}
              aria-hidden
              style={{ transform: opened ? 'rotate(180deg)' : undefined, transition: '150ms' }}
            />
          }
          style={{ flexShrink: 0 }}
        >
          {opened ? t('signup.hide') : t('signup.read')}
        </Button>
      </Group>
      <Collapse expanded={opened} id={bodyId}>
        <LegalDocumentText document={document} maxHeight={220} />
      </Collapse>
    </Stack>
  );
}
