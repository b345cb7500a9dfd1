import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../upload';

/**
 * The state of an upload form (kind, optional title, one file) and its sending: `upload` is
 * the app's upload (it keeps the error and the busy state), `reset` clears its last error.
 * After an upload the form says so and starts again empty; a failure stays in `upload`'s
 * error for the form to show.
 */
export function useDocumentForm({
  upload,
  reset,
}: {
  upload: (input: { file: File; kind: DocumentKind; title: string }) => Promise<unknown>;
  reset: () => void;
}) {
  const { t } = useTranslation('documents');
  const [kind, setKind] = useState<DocumentKind>('ID_DOCUMENT');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const resetFile = useRef<() => void>(null);

  const pick = (picked: File | null) => {
    reset();
    setFile(picked);
  };

  const submit = async () => {
    if (!file) return;
    try {
      await upload({ file, kind, title });
      notifications.show({
        color: 'teal',
        message: t('uploaded', { title: title.trim() || file.name }),
      });
      setFile(null);
      setTitle('');
      resetFile.current?.();
    } catch {
      // Shown below the form from the upload's error state.
    }
  };

  return { kind, setKind, title, setTitle, file, pick, resetFile, submit };
}

export type DocumentForm = ReturnType<typeof useDocumentForm>;
