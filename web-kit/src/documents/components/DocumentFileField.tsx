import { Alert, Button, FileButton, Group, Text } from '@mantine/core';
import { IconAlertCircle, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCurrentLanguage } from '../../locale/hooks/useCurrentLanguage';
import { useErrorText } from '../../ui/useErrorText';
import type { DocumentForm } from '../hooks/useDocumentForm';
import { ACCEPTED_DOCUMENT_TYPES, formatBytes, refusalOf, refusalOfError } from '../upload';

/**
 * An upload form's file: the "Choose file" button, the file chosen (name and size), the types
 * and size taken, and why the upload failed (`error`, the upload's last error; the API's
 * refusal reasons in words). `refuseEarly` names a file the API would refuse as soon as it is
 * chosen; `stacked` lays it out full width, for phones.
 */
export function DocumentFileField({
  form,
  error,
  refuseEarly = false,
  stacked = false,
}: {
  form: Pick<DocumentForm, 'file' | 'pick' | 'resetFile'>;
  error: unknown;
  refuseEarly?: boolean;
  stacked?: boolean;
}) {
  const { t } = useTranslation('documents');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const { file } = form;

  const refusal = (refuseEarly && file ? refusalOf(file) : null) ?? refusalOfError(error);
  const failure = refusal ? t(`refused.${refusal}`) : error ? errorText(error) : undefined;

  const chooser = (
    <>
      <FileButton
        onChange={form.pick}
        accept={ACCEPTED_DOCUMENT_TYPES}
        resetRef={form.resetFile}
        inputProps={{ 'aria-label': t('choose') }}
      >
        {(props) => (
          <Button
            variant="default"
            size={stacked ? 'md' : undefined}
            fullWidth={stacked}
            leftSection={<IconPaperclip size={stacked ? 18 : 16} aria-hidden />}
            {...props}
          >
            {t('choose')}
          </Button>
        )}
      </FileButton>
      <Text fz="sm" c={file ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
        {file
          ? t('chosen', { name: file.name, size: formatBytes(file.size, language) })
          : t('noFile')}
      </Text>
    </>
  );

  return (
    <>
      {stacked ? (
        chooser
      ) : (
        <Group gap="sm" wrap="wrap">
          {chooser}
        </Group>
      )}
      <Text fz="xs" c="dimmed">
        {t('accepted')}
      </Text>
      {failure && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertCircle aria-hidden />}
          title={t('uploadFailed')}
        >
          {failure}
        </Alert>
      )}
    </>
  );
}
