import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A dialog in the app's look: centred, a bold title, a close button named in the UI language. */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      centered
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      {...props}
    />
  );
}
