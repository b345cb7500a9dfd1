import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const NOTES_MAX = 2000;

/** Staff notes on a booking, saved on demand. */
export function NotesForm({
  notes,
  busy,
  onSave,
}: {
  notes: string;
  busy: boolean;
  onSave: (notes: string) => Promise<boolean>;
}) {
  const { t } = useTranslation('calendar');
  const [value, setValue] = useState(notes);
  return (
    <Stack gap={6}>
      <Textarea
        label={t('drawer.notes')}
        placeholder={t('drawer.notesPlaceholder')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={NOTES_MAX}
      />
      <Group justify="flex-end">
        <Button
          variant="light"
          loading={busy}
          disabled={value.trim() === notes.trim()}
          onClick={() => void onSave(value)}
        >
          {t('drawer.saveNotes')}
        </Button>
      </Group>
    </Stack>
  );
}
