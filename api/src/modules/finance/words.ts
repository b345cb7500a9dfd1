import { minorDigits } from '../money/format.js';
import type { Age, Granularity } from './buckets.js';

/** The languages of the exports: `?lang=`, else the caller's own. */
export type ExportLanguage = 'en' | 'tr';

/** The labels of the CSV and PDF exports. */
export const WORDS = {
  en: {
    title: 'Finance dashboard',
    location: 'Location',
    allLocations: 'All locations',
    currency: 'Currency',
    allCurrencies: 'All currencies',
    from: 'From',
    to: 'To',
    granularity: 'Period',
    granularities: { DAY: 'Day', WEEK: 'Week', MONTH: 'Month' } satisfies Record<
      Granularity,
      string
    >,
    asOf: 'Receivables as of',
    generated: 'Generated',
    money: 'Revenue and booking value',
    periodStart: 'Period start',
    periodEnd: 'Period end',
    revenue: 'Revenue (net of tax)',
    takings: 'Takings',
    bookingValue: 'Booking value',
    cancellationFees: 'Cancellation fees',
    total: 'Total',
    conversion: 'Conversion',
    started: 'Bookings started',
    confirmed: 'Confirmed',
    conversionRate: 'Conversion (%)',
    aging: 'Receivables by age',
    age: 'Age',
    ages: {
      DAYS_0_7: '0–7 days',
      DAYS_8_30: '8–30 days',
      DAYS_31_90: '31–90 days',
      DAYS_OVER_90: 'Over 90 days',
    } satisfies Record<Age, string>,
    amount: 'Amount',
    customers: 'Customers',
    debtors: 'Largest debtors',
    customer: 'Customer',
    balance: 'Balance',
    oldestUnpaid: 'Oldest unpaid since',
    days: 'Days',
    utilisation: 'Instructor utilisation',
    instructor: 'Instructor',
    bookedHours: 'Booked hours',
    workingHours: 'Working hours',
    utilisationRate: 'Utilisation (%)',
    none: 'Nothing in this range.',
    chart: 'Revenue against booking value',
  },
  tr: {
    title: 'Finans panosu',
    location: 'Konum',
    allLocations: 'Tüm konumlar',
    currency: 'Para birimi',
    allCurrencies: 'Tüm para birimleri',
    from: 'Başlangıç',
    to: 'Bitiş',
    granularity: 'Dönem',
    granularities: { DAY: 'Gün', WEEK: 'Hafta', MONTH: 'Ay' } satisfies Record<Granularity, string>,
    asOf: 'Alacaklar itibarıyla',
    generated: 'Oluşturulma',
    money: 'Gelir ve rezervasyon değeri',
    periodStart: 'Dönem başı',
    periodEnd: 'Dönem sonu',
    revenue: 'Gelir (vergi hariç)',
    takings: 'Tahsilat',
    bookingValue: 'Rezervasyon değeri',
    cancellationFees: 'İptal ücretleri',
    total: 'Toplam',
    conversion: 'Dönüşüm',
    started: 'Başlatılan rezervasyonlar',
    confirmed: 'Onaylanan',
    conversionRate: 'Dönüşüm (%)',
    aging: 'Alacak yaşlandırma',
    age: 'Yaş aralığı',
    ages: {
      DAYS_0_7: '0–7 gün',
      DAYS_8_30: '8–30 gün',
      DAYS_31_90: '31–90 gün',
      DAYS_OVER_90: '90 günden fazla',
    } satisfies Record<Age, string>,
    amount: 'Tutar',
    customers: 'Müşteri sayısı',
    debtors: 'En büyük borçlular',
    customer: 'Müşteri',
    balance: 'Bakiye',
    oldestUnpaid: 'En eski ödenmemiş kayıt',
    days: 'Gün',
    utilisation: 'Eğitmen doluluğu',
    instructor: 'Eğitmen',
    bookedHours: 'Rezerve saat',
    workingHours: 'Çalışma saati',
    utilisationRate: 'Doluluk (%)',
    none: 'Bu aralıkta kayıt yok.',
    chart: 'Gelir ve rezervasyon değeri',
  },
} as const;

/**
 * An amount in major units with the currency's own digits and a dot (`1500.00`, `-3.5` is
 * never written: `-3.50`), from integers only, for spreadsheets.
 */
export function decimal(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = String(Math.abs(amountMinor));
  if (digits === 0) return sign + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** A ratio as a percentage with one decimal (`62.5`), or empty without one. */
export const percent = (value: number | null) => (value === null ? '' : (value * 100).toFixed(1));

/** Minutes as hours with two decimals (`7.50`). */
export const hours = (minutes: number) => (minutes / 60).toFixed(2);
