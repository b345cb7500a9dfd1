import type { CustomerFieldsInput } from '../customers/fields.js';
import { readCsv, type CsvColumns } from './csv.js';

export type CustomerColumn = keyof CustomerFieldsInput;

/** Customer columns by their English and Turkish names (see `headerKey` for the matching). */
export const CUSTOMER_COLUMNS: CsvColumns<CustomerColumn> = {
  aliases: {
    name: ['name', 'fullname', 'adsoyad', 'ad', 'adisoyadi', 'isim'],
    email: ['email', 'emailaddress', 'eposta', 'epostaadresi', 'mail'],
    phone: ['phone', 'phonenumber', 'mobile', 'telefon', 'tel', 'ceptelefonu'],
    birthDate: ['birthdate', 'dateofbirth', 'dogumtarihi'],
    emergencyContactName: ['emergencycontactname', 'emergencycontact', 'acildurumkisisi'],
    emergencyContactPhone: ['emergencycontactphone', 'acildurumtelefonu'],
    weightKg: ['weightkg', 'weight', 'kilo', 'agirlik'],
    heightCm: ['heightcm', 'height', 'boy'],
    tags: ['tags', 'etiketler', 'etiket'],
    notes: ['notes', 'notlar', 'not'],
    skills: ['skills', 'beceriler', 'seviyeler'],
  },
  required: { name: 'name, ad soyad or ad' },
};

/** One data row: its spreadsheet line (the header is line 1) and its cells by field. */
export interface CsvCustomerRow {
  line: number;
  input: CustomerFieldsInput;
  /** Problems found while reading the cells (a number that is not one, extra cells). */
  problems: Record<string, string>;
}

/**
 * Reads a customer CSV into rows ready for `checkCustomerFields`. Blank rows are skipped but
 * keep their line numbers, as a spreadsheet shows them.
 * Throws CsvFileError for a file that cannot be imported at all.
 */
export function readCustomerCsv(file: Buffer | string): CsvCustomerRow[] {
  return readCsv(file, CUSTOMER_COLUMNS).map(({ line, cells, extra }) => {
    const input: CustomerFieldsInput = {};
    const problems: Record<string, string> = {};
    if (extra) problems.row = `has ${extra.cells} cells, the header ${extra.header}`;
    for (const [column, cell] of Object.entries(cells) as Array<[CustomerColumn, string]>) {
      switch (column) {
        case 'weightKg':
        case 'heightCm': {
          const number = cell ? Number(cell.replace(',', '.')) : null;
          if (number !== null && !Number.isFinite(number)) problems[column] = 'is not a number';
          else input[column] = number;
          break;
        }
        case 'birthDate':
          input.birthDate = isoDate(cell);
          break;
        case 'tags':
          input.tags = cell ? cell.split(/[|,]/) : [];
          break;
        case 'skills':
          input.skills = cell
            ? cell
                .split(/[|,]/)
                .filter((s) => s.trim())
                .map((skill) => {
                  const [discipline = '', level = ''] = skill.split(':');
                  return {
                    discipline: discipline.trim().toUpperCase(),
                    level: level.trim().toUpperCase(),
                  };
                })
            : [];
          break;
        default:
          input[column] = cell || null;
      }
    }
    return { line, input, problems };
  });
}

/** "31.12.1990" and "31/12/1990" (Turkish order) as "1990-12-31"; anything else unchanged. */
function isoDate(cell: string): string | null {
  const match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(cell);
  if (!match) return cell || null;
  const [, day, month, year] = match;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}
