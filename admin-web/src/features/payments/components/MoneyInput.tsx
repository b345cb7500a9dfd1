import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { currencySymbol, minorDigits, numberSeparators } from '../lib/money';

/**
 * An amount typed in major units of a currency (12.50 EUR, 1500 JPY, 1.250 KWD) with the
 * separators of the reader's language and no more decimals than the currency's ISO 4217
 * exponent allows. The value stays what NumberInput gives (a number, or the text of an
 * unfinished one): `amountToMinor` turns it into exact minor units.
 */
export function MoneyInput({
  currency,
  ...props
}: Omit<NumberInputProps, 'decimalScale' | 'decimalSeparator' | 'thousandSeparator'> & {
  currency: string;
}) {
  const language = useCurrentLanguage();
  return (
    <NumberInput
      {...props}
      {...numberSeparators(language)}
      decimalScale={minorDigits(currency)}
      allowNegative={false}
      // Out of range is refused on the field, never silently corrected.
      clampBehavior="none"
      hideControls
      leftSection={<span aria-hidden>{currencySymbol(currency, language)}</span>}
      rightSection={
        <span aria-hidden style={{ fontSize: 'var(--mantine-font-size-xs)', opacity: 0.7 }}>
          {currency}
        </span>
      }
      rightSectionWidth={48}
      inputMode="decimal"
    />
  );
}
