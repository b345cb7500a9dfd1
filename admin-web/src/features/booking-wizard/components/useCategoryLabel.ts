import { humanizeCategory, isKnownCategory } from '@plannivo/web-kit/booking';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** An equipment category's name in the UI language; unknown keys humanised (`Kite pump`). */
export function useCategoryLabel() {
  const { t } = useTranslation('bookingWizard');
  return useCallback(
    (category: string) =>
      isKnownCategory(category) ? t(`gear.categories.${category}`) : humanizeCategory(category),
    [t],
  );
}
