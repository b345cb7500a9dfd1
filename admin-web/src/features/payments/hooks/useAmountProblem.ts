import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { amountToMinor, minorDigits } from '../lib/money';

/**
 * What is wrong with a typed amount, in words, or null when it is a positive amount of the
 * currency: empty or zero asks for an amount, too many decimals shows how one looks (12.50 EUR,
 * 1,250 JPY, 1.250 KWD).
 */
export function useAmountProblem() {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  return (value: number | string, currency: string): string | null => {
    const minor = amountToMinor(value, currency);
    if (minor !== null && minor > 0) return null;
    if (minor === 0 || String(value).trim() === '') return t('errors.amountRequired');
    const digits = minorDigits(currency);
    const example = new Intl.NumberFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(1250 / 10 ** digits);
    return t('errors.amountInvalid', { currency, example });
  };
}
