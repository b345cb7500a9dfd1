import type { ImportKind } from './kinds';

/** A location (and services) to name in the packages and equipment templates' example rows. */
export interface TemplateCatalog {
  location: { name: string; currency: string };
  services: readonly string[];
}

type Language = 'en' | 'tr';

/**
 * Column names as a spreadsheet in each language shows them; the API knows both (and the
 * separator: Turkish spreadsheets write ";", since "," is their decimal mark).
 */
const HEADERS: Record<ImportKind, Record<Language, string[]>> = {
  customers: {
    en: [
      'Name',
      'Email',
      'Phone',
      'Birth date',
      'Emergency contact',
      'Emergency contact phone',
      'Weight',
      'Height',
      'Tags',
      'Skills',
      'Notes',
    ],
    tr: [
      'Ad Soyad',
      'E-posta',
      'Telefon',
      'Doğum tarihi',
      'Acil durum kişisi',
      'Acil durum telefonu',
      'Kilo',
      'Boy',
      'Etiketler',
      'Beceriler',
      'Notlar',
    ],
  },
  packages: {
    en: [
      'Location',
      'Name',
      'Description',
      'Validity days',
      'Price',
      'Currency',
      'Gift',
      'Items',
      'On sale',
    ],
    tr: [
      'Konum',
      'Paket adı',
      'Açıklama',
      'Geçerlilik (gün)',
      'Fiyat',
      'Para birimi',
      'Hediye',
      'İçerik',
      'Satışta',
    ],
  },
  equipment: {
    en: [
      'Location',
      'Name',
      'Category',
      'Size',
      'Brand',
      'Model',
      'Serial number',
      'Purchase date',
      'Purchase cost',
      'Usage hours',
      'Notes',
      'Status',
    ],
    tr: [
      'Konum',
      'Ekipman adı',
      'Kategori',
      'Beden',
      'Marka',
      'Model',
      'Seri numarası',
      'Satın alma tarihi',
      'Satın alma bedeli',
      'Kullanım saati',
      'Notlar',
      'Durum',
    ],
  },
};

function exampleRows(kind: ImportKind, language: Language, catalog: TemplateCatalog | null) {
  const tr = language === 'tr';
  if (kind === 'customers') {
    return [
      [
        'Ayşe Yılmaz',
        'ayse.yilmaz@example.com',
        '+90 532 123 45 67',
        tr ? '23.04.1990' : '1990-04-23',
        'Mehmet Yılmaz',
        '+90 532 765 43 21',
        '58',
        '165',
        tr ? 'vip|yaz' : 'vip|summer',
        'KITE:BEGINNER|WING:INTERMEDIATE',
        tr ? 'Sabah derslerini tercih ediyor' : 'Prefers morning lessons',
      ],
    ];
  }
  if (kind === 'equipment') {
    const location = catalog?.location.name ?? (tr ? 'Konum adı' : 'Location name');
    return [
      [
        location,
        'Duotone Evo 9m',
        tr ? 'Uçurtma' : 'Kite',
        '9m',
        'Duotone',
        'Evo',
        'DT24-00917',
        tr ? '15.03.2024' : '2024-03-15',
        tr ? '18.500,00' : '18500.00',
        tr ? '120,5' : '120.5',
        tr ? 'Sezon başında bakımı yapıldı' : 'Serviced before the season',
        tr ? 'müsait' : 'available',
      ],
      [
        location,
        tr ? 'Islak elbise 4/3 M' : 'Wetsuit 4/3 M',
        tr ? 'Islak elbise' : 'Wetsuit',
        'M',
        'ION',
        'Seek',
        '',
        tr ? '01.05.2025' : '2025-05-01',
        tr ? '4.200,00' : '4200.00',
        '',
        '',
        '',
      ],
    ];
  }
  const services = catalog?.services.length
    ? catalog.services.slice(0, 2)
    : [tr ? 'Hizmet adı' : 'Service name'];
  const items = services.map((name, i) => `${name} x ${i === 0 ? 5 : 2}`).join('; ');
  return [
    [
      catalog?.location.name ?? (tr ? 'Konum adı' : 'Location name'),
      tr ? 'Başlangıç kursu' : 'Beginner course',
      tr ? 'Beş ders, ekipman dahil' : 'Five lessons, gear included',
      '90',
      tr ? '12.000,00' : '12000.00',
      catalog?.location.currency ?? '',
      tr ? 'hayır' : 'no',
      items,
      tr ? 'evet' : 'yes',
    ],
  ];
}

/** A cell as CSV writes it: quoted when it holds the separator, a quote or a line break. */
function cell(value: string, separator: string) {
  return value.includes(separator) || /["\r\n]/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/**
 * A template file for `kind`: the column names in the user's language and one example row,
 * with a BOM so spreadsheets open it as UTF-8 (Turkish letters intact). Turkish uses ";".
 */
export function templateCsv(
  kind: ImportKind,
  language: string,
  catalog: TemplateCatalog | null,
): string {
  const lang: Language = language.startsWith('tr') ? 'tr' : 'en';
  const separator = lang === 'tr' ? ';' : ',';
  const lines = [HEADERS[kind][lang], ...exampleRows(kind, lang, catalog)].map((cells) =>
    cells.map((c) => cell(c, separator)).join(separator),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Saves `text` as a file through the browser's download. */
export function downloadText(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
