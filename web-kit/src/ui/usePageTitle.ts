import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** `Locations · Plannivo` in the tab, in the UI language. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('appName')}`);
}
