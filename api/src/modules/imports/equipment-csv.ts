import { categoryKey } from '../equipment/rules.js';
import { nameKey, readCsv, type CsvColumns, type CsvRow } from './csv.js';
import type { CellProblem } from './package-csv.js';

export type EquipmentColumn =
  | 'location'
  | 'name'
  | 'category'
  | 'size'
  | 'brand'
  | 'model'
  | 'serialNumber'
  | 'purchaseDate'
  | 'purchaseCost'
  | 'currency'
  | 'usageHours'
  | 'notes'
  | 'status';

/** Equipment columns by their English and Turkish names (see `headerKey` for the matching). */
export const EQUIPMENT_COLUMNS: CsvColumns<EquipmentColumn> = {
  aliases: {
    location: ['location', 'locationid', 'locationname', 'konum', 'lokasyon', 'sube', 'tesis'],
    name: ['name', 'itemname', 'item', 'equipment', 'ad', 'adi', 'isim', 'ekipman', 'ekipmanadi'],
    category: ['category', 'type', 'kategori', 'tur', 'tip', 'cesit'],
    size: ['size', 'beden', 'boyut', 'olcu', 'ebat'],
    brand: ['brand', 'make', 'manufacturer', 'marka', 'uretici'],
    model: ['model', 'modeladi'],
    serialNumber: [
      'serialnumber',
      'serial',
      'serialno',
      'sn',
      'serino',
      'serinumarasi',
      'seri',
      'serinumara',
    ],
    purchaseDate: [
      'purchasedate',
      'purchased',
      'dateofpurchase',
      'purchasedon',
      'satinalmatarihi',
      'alistarihi',
      'alimtarihi',
    ],
    purchaseCost: [
      'purchasecost',
      'cost',
      'purchaseprice',
      'price',
      'maliyet',
      'satinalmabedeli',
      'satinalmafiyati',
      'alisfiyati',
      'alisbedeli',
      'fiyat',
      'tutar',
    ],
    currency: ['currency', 'parabirimi', 'doviz'],
    usageHours: [
      'usagehours',
      'usage',
      'hours',
      'hoursused',
      'kullanimsaati',
      'kullanimsuresi',
      'kullanim',
      'saat',
    ],
    notes: ['notes', 'note', 'notlar', 'not', 'aciklama'],
    status: ['status', 'state', 'durum', 'durumu'],
  },
  required: {
    location: 'location or konum',
    name: 'name or ekipman adı',
    category: 'category or kategori',
  },
};

export type EquipmentCsvRow = CsvRow<EquipmentColumn>;

/** Reads an equipment CSV into rows of cells; throws CsvFileError for a refused file. */
export const readEquipmentCsv = (file: Buffer | string): EquipmentCsvRow[] =>
  readCsv(file, EQUIPMENT_COLUMNS);

type Read<T> = { ok: true; value: T } | ({ ok: false } & CellProblem);
const problem = (code: CellProblem['code'], message: string, value?: string) =>
  ({ ok: false, code, message, ...(value === undefined ? {} : { value }) }) as const;

/**
 * The categories a Turkish sheet names in words, as the admin app shows them ("Uçurtma",
 * "Trapez", "Islak elbise"), by their `categoryKey`; anything else is taken as a key itself
 * (`categoryKey`), so "kite", "Impact vest" and a school's own "KITE_PUMP" keep working.
 */
const TURKISH_CATEGORIES: Record<string, string> = {
  UCURTMA: 'KITE',
  KONTROL_BARI: 'BAR',
  TAHTA: 'BOARD',
  TRAPEZ: 'HARNESS',
  ISLAK_ELBISE: 'WETSUIT',
  NEOPREN: 'WETSUIT',
  KASK: 'HELMET',
  DARBE_YELEGI: 'IMPACT_VEST',
  WING_KANADI: 'WING',
  FOIL_TAHTASI: 'FOIL_BOARD',
  SORF_TAHTASI: 'SURFBOARD',
  SUP_TAHTASI: 'SUP',
  KUREK: 'PADDLE',
  YELKEN: 'SAIL',
  TEKNE: 'BOAT',
};

/** The category as the equipment module stores it, Turkish words first; null if unusable. */
export function equipmentCategory(cell: string): string | null {
  const key = categoryKey(cell);
  return key ? (TURKISH_CATEGORIES[key] ?? key) : null;
}

/**
 * A purchase date as YYYY-MM-DD: "2024-03-15", or the Turkish order "15.03.2024" /
 * "15/03/2024". It must be a real day; whether it is too old or in the future is the equipment
 * rules' call (`checkEquipmentFields`). Empty is null.
 */
export function parsePurchaseDate(text: string): Read<string | null> {
  const cell = text.trim();
  if (!cell) return { ok: true, value: null };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(cell);
  const parts = iso
    ? { year: iso[1]!, month: iso[2]!, day: iso[3]! }
    : dotted
      ? { year: dotted[3]!, month: dotted[2]!, day: dotted[1]! }
      : null;
  const format = 'is not a date; write it as 2024-03-15 or 15.03.2024';
  if (!parts) return problem('INVALID_FORMAT', format);
  const date = `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
  const check = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== date) {
    return problem('INVALID_FORMAT', format);
  }
  return { ok: true, value: date };
}

/**
 * Hours of use before Plannivo counted them: "120", "12,5", "12.25" (at most two decimals,
 * either mark; no thousands separators). The equipment rules check the range and store whole
 * minutes. Empty is null (none).
 */
export function parseUsageHours(text: string): Read<number | null> {
  const cell = text.trim();
  if (!cell) return { ok: true, value: null };
  if (/^[-−]/.test(cell)) return problem('OUT_OF_RANGE', 'must be 0 or more');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(cell);
  if (!match) return problem('INVALID_FORMAT', 'is not a number of hours, e.g. 120 or 12,5');
  return { ok: true, value: Number(`${match[1]}.${match[2] ?? '0'}`) };
}

/** The stored statuses an import may set; IN_USE is never stored (it is computed). */
export const IMPORT_STATUSES = ['AVAILABLE', 'MAINTENANCE', 'RETIRED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Status words in English and Turkish, keyed by `nameKey` (so "BAKIMDA" matches too). */
const STATUS_WORDS = new Map<string, ImportStatus>(
  Object.entries({
    available: 'AVAILABLE',
    'in service': 'AVAILABLE',
    active: 'AVAILABLE',
    ok: 'AVAILABLE',
    müsait: 'AVAILABLE',
    musait: 'AVAILABLE',
    kullanılabilir: 'AVAILABLE',
    kullanilabilir: 'AVAILABLE',
    aktif: 'AVAILABLE',
    hizmette: 'AVAILABLE',
    maintenance: 'MAINTENANCE',
    'out of service': 'MAINTENANCE',
    repair: 'MAINTENANCE',
    bakım: 'MAINTENANCE',
    bakim: 'MAINTENANCE',
    bakımda: 'MAINTENANCE',
    bakimda: 'MAINTENANCE',
    tamirde: 'MAINTENANCE',
    arızalı: 'MAINTENANCE',
    arizali: 'MAINTENANCE',
    retired: 'RETIRED',
    'written off': 'RETIRED',
    emekli: 'RETIRED',
    hurda: 'RETIRED',
    'kullanım dışı': 'RETIRED',
    'kullanim disi': 'RETIRED',
    'servis dışı': 'RETIRED',
  } satisfies Record<string, ImportStatus>).map(([word, status]) => [nameKey(word), status]),
);

/**
 * The stored status of a row: AVAILABLE (also empty), MAINTENANCE (out of service until a
 * repair is done) or RETIRED, as the enum or an English or Turkish word ("Bakımda", "hurda").
 * IN_USE is refused: it is what allocations say at a time, never a stored state.
 */
export function parseStatus(text: string): Read<ImportStatus> {
  const cell = text.trim();
  if (!cell) return { ok: true, value: 'AVAILABLE' };
  const upper = cell.toUpperCase().replace(/[\s-]+/g, '_');
  if ((IMPORT_STATUSES as readonly string[]).includes(upper)) {
    return { ok: true, value: upper as ImportStatus };
  }
  const word = STATUS_WORDS.get(nameKey(cell.replace(/[_-]+/g, ' ')));
  if (word) return { ok: true, value: word };
  return problem(
    'UNKNOWN_VALUE',
    `is not a status an import can set: AVAILABLE, MAINTENANCE or RETIRED`,
    cell,
  );
}
