import { Group, Paper, Text } from '@mantine/core';
import { IconRuler2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Why the school asks for weight and height. A note, not an alert: nothing went wrong. */
export function SizingNote() {
  const { t } = useTranslation('profile');
  return (
    <Paper radius="md" p="sm" bg="blue.0">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconRuler2 size={22} aria-hidden style={{ flexShrink: 0 }} />
        <div>
          <Text fz="sm" fw={600}>
            {t('fields.sizingTitle')}
          </Text>
          <Text fz="sm">{t('fields.sizingBody')}</Text>
        </div>
      </Group>
    </Paper>
  );
}
