import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { humanizeCategory, isKnownCategory } from '../lib/gear';

/** An equipment category's name in the UI language; unknown keys humanised (`Kite pump`). */
export function useCategoryLabel() {
  const { t } = useTranslation('bookingWizard');
  return useCallback(
    (category: string) =>
      isKnownCategory(category) ? t(`gear.categories.${category}`) : humanizeCategory(category),
    [t],
  );
}
