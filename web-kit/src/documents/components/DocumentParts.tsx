import { ActionIcon, Anchor, ThemeIcon, Tooltip } from '@mantine/core';
import { IconFileText, IconPhoto, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What a listed document needs to be shown: its title, file and where to download it. */
export interface ListedDocument {
  title: string;
  fileName: string;
  contentType: string;
  url: string;
}

/** A photo or a page, by the document's type; `large` for phones. */
export function DocumentIcon({
  document,
  large = false,
}: {
  document: Pick<ListedDocument, 'contentType'>;
  large?: boolean;
}) {
  const isImage = document.contentType.startsWith('image/');
  const size = large ? 20 : 18;
  return (
    <ThemeIcon
      variant="light"
      color={isImage ? 'grape' : 'ocean'}
      size={large ? 40 : 36}
      radius="md"
    >
      {isImage ? <IconPhoto size={size} aria-hidden /> : <IconFileText size={size} aria-hidden />}
    </ThemeIcon>
  );
}

/** The document's title, a link that downloads the file under its own name. */
export function DocumentLink({
  document,
  fz,
}: {
  document: Pick<ListedDocument, 'title' | 'fileName' | 'url'>;
  fz?: string;
}) {
  const { t } = useTranslation('documents');
  return (
    <Anchor
      href={document.url}
      download={document.fileName}
      fz={fz}
      fw={600}
      aria-label={t('download', { title: document.title })}
      style={{ overflowWrap: 'anywhere' }}
    >
      {document.title}
    </Anchor>
  );
}

/**
 * The bin button that asks to remove a document ("Remove {{title}}"), with `tooltip` shown on
 * hover when given; `large` for phones.
 */
export function RemoveDocumentButton({
  document,
  onClick,
  tooltip,
  large = false,
}: {
  document: Pick<ListedDocument, 'title'>;
  onClick: () => void;
  tooltip?: string;
  large?: boolean;
}) {
  const { t } = useTranslation('documents');
  const button = (
    <ActionIcon
      variant="subtle"
      color="red"
      size={large ? 'xl' : 'lg'}
      aria-label={t('removeNamed', { title: document.title })}
      onClick={onClick}
    >
      <IconTrash size={large ? 20 : 18} aria-hidden />
    </ActionIcon>
  );
  return tooltip ? (
    <Tooltip label={tooltip} withArrow>
      {button}
    </Tooltip>
  ) : (
    button
  );
}
