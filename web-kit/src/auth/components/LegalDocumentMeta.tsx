import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegalDocumentFieldsFragment } from '../../gql/graphql';

/** "Version 2 · published 3 March 2026", in the UI language. */
export function LegalDocumentMeta({
  document,
}: {
  document: Pick<LegalDocumentFieldsFragment, 'version' | 'publishedAt'>;
}) {
  const { t, i18n } = useTranslation('auth');
  const published = new Date(document.publishedAt);
  const date = Number.isNaN(published.getTime())
    ? ''
    : new Intl.DateTimeFormat(i18n.resolvedLanguage ?? i18n.language, {
        dateStyle: 'long',
      }).format(published);
  return (
    <Text fz="xs" c="dimmed">
      {t('legal.version', { version: document.version, date })}
    </Text>
  );
}
