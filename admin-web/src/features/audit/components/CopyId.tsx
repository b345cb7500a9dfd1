import { ActionIcon, Code, CopyButton, Group, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { shortId } from '../display';

/**
 * An id with a copy button; `full` shows all of it, otherwise a UUID is cut to its first
 * block (the tooltip and the copy keep it whole). Clicks stay here, not on the row below.
 */
export function CopyId({ id, full = false }: { id: string; full?: boolean }) {
  const { t } = useTranslation('audit');
  return (
    <Group gap={4} wrap="nowrap" onClick={(event) => event.stopPropagation()}>
      <Tooltip label={id} withArrow disabled={full} openDelay={300}>
        <Code fz="xs" style={{ whiteSpace: full ? 'normal' : 'nowrap', wordBreak: 'break-all' }}>
          {full ? id : shortId(id)}
        </Code>
      </Tooltip>
      <CopyButton value={id} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('copy.copied') : t('copy.id')} withArrow>
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              size="sm"
              onClick={copy}
              aria-label={copied ? t('copy.copied') : t('copy.id')}
            >
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
