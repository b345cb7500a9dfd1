import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { ErrorAlert } from '@plannivo/web-kit/ui';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One part of the profile, edited in place: what is saved, an Edit button, and in its place a
 * form with Save and Cancel. Opening the form moves the focus to its first field; closing it
 * brings the focus back to Edit. The section is a region named by its title.
 */
export function EditableSection({
  title,
  editLabel,
  children,
  fields,
  onEdit,
  onSave,
  onCancel,
  busy,
  failure,
  fieldsRefused,
  readOnly = false,
}: {
  title: string;
  /** The Edit button's full name ("Edit emergency contact"), for screen readers. */
  editLabel: string;
  /** What is saved, shown until Edit. */
  children: ReactNode;
  /** The form's fields. */
  fields: ReactNode;
  /** Fills the form from what is saved. */
  onEdit: () => void;
  /** Saves; resolves true when it went through (the form then closes). */
  onSave: () => Promise<boolean>;
  onCancel: () => void;
  busy: boolean;
  failure: unknown;
  /** The API named fields of this form: they carry the details, the alert only points there. */
  fieldsRefused: boolean;
  /** Nothing to edit (an account without a customer record). */
  readOnly?: boolean;
}) {
  const { t } = useTranslation('profile');
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) {
      formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      editRef.current?.focus();
    }
  }, [editing]);

  function close() {
    returnFocus.current = true;
    setEditing(false);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await onSave()) close();
  }

  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="lg" p="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" gap="sm" mih={36}>
          <Title id={titleId} order={2} fz="h4">
            {title}
          </Title>
          {!editing && !readOnly && (
            <Button
              ref={editRef}
              variant="light"
              size="sm"
              leftSection={<IconPencil size={16} aria-hidden />}
              aria-label={editLabel}
              onClick={() => {
                onEdit();
                setEditing(true);
              }}
              style={{ flexShrink: 0 }}
            >
              {t('edit')}
            </Button>
          )}
        </Group>
        {editing ? (
          <form ref={formRef} onSubmit={(event) => void handleSubmit(event)} noValidate>
            <Stack gap="md">
              {fields}
              {failure !== undefined && (
                <ErrorAlert
                  error={failure}
                  title={t('saveFailed')}
                  message={fieldsRefused ? t('fieldsRejected') : undefined}
                />
              )}
              {/* Side by side: two short labels fit a phone, Save under the right thumb. */}
              <Group grow gap="sm" wrap="nowrap">
                <Button
                  variant="default"
                  size="md"
                  onClick={() => {
                    onCancel();
                    close();
                  }}
                  disabled={busy}
                >
                  {t('cancel')}
                </Button>
                <Button type="submit" size="md" loading={busy}>
                  {t('save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}
