import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { currencySymbol, minorDigits, numberSeparators } from '../money';

/**
 * A price typed in a location's currency, with the separators of the reader's language
 * (`4.500,50 ₺` in Turkish, `€4,500.50` in English) and no more decimals than the currency
 * has. The value stays what NumberInput gives (a number, or the text of an unfinished one):
 * `amountToMinor` turns it into exact minor units.
 */
export function PriceInput({
  currency,
  ...props
}: Omit<NumberInputProps, 'decimalScale' | 'decimalSeparator' | 'thousandSeparator'> & {
  currency: string;
}) {
  const language = useCurrentLanguage();
  const symbol = currencySymbol(currency, language);
  return (
    <NumberInput
      {...props}
      {...numberSeparators(language)}
      decimalScale={minorDigits(currency)}
      allowNegative={false}
      // Out of range is refused on the field, never silently corrected.
      clampBehavior="none"
      hideControls
      leftSection={<span aria-hidden>{symbol}</span>}
      inputMode="decimal"
    />
  );
}
