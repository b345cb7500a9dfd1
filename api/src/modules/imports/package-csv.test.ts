import { describe, expect, it } from 'vitest';
import { checkCustomerFields } from '../customers/fields.js';
import { nameKey, readCsv } from './csv.js';
import { customerProblem } from './customer-import.js';
import {
  PACKAGE_COLUMNS,
  parseAmount,
  parseItems,
  parseYesNo,
  readPackageCsv,
} from './package-csv.js';

describe('parseAmount', () => {
  it.each([
    ['4500', 2, 450_000],
    ['4500.00', 2, 450_000],
    ['4500,00', 2, 450_000],
    ['4.500,00', 2, 450_000],
    ['4,500.00', 2, 450_000],
    ['4 500,00', 2, 450_000],
    ['4\u00a0500,50', 2, 450_050],
    ["4'500.50", 2, 450_050],
    ['4500,5', 2, 450_050],
    ['0,99', 2, 99],
    ['0', 2, 0],
    ['1.234.567', 2, 123_456_700],
    ['1.234.567,89', 2, 123_456_789],
    ['1,234,567.89', 2, 123_456_789],
    ['12.000', 0, 12_000],
    ['12,000', 0, 12_000],
    ['12000', 0, 12_000],
    [' 4500,00 ', 2, 450_000],
  ])('reads %j (%i decimals) as %i minor units', (text, digits, minor) => {
    expect(parseAmount(text, digits, 'TRY')).toEqual({ ok: true, value: minor });
  });

  it.each([
    ['4.500', 'AMBIGUOUS_AMOUNT'],
    ['4,500', 'AMBIGUOUS_AMOUNT'],
    ['4500.000', 'AMBIGUOUS_AMOUNT'],
    ['4500,505', 'AMBIGUOUS_AMOUNT'],
    ['4.500,505', 'TOO_MANY_DECIMALS'],
    ['', 'REQUIRED'],
    ['   ', 'REQUIRED'],
    ['-10', 'OUT_OF_RANGE'],
    ['₺4.500,00', 'INVALID_FORMAT'],
    ['4500 TL', 'INVALID_FORMAT'],
    ['4500,', 'INVALID_FORMAT'],
    [',50', 'INVALID_FORMAT'],
    ['45.00.00', 'INVALID_FORMAT'],
    ['4,50,000', 'INVALID_FORMAT'],
    ['1.234,56.7', 'INVALID_FORMAT'],
    ['1.234,567,8', 'INVALID_FORMAT'],
    ['4 500.000,00', 'INVALID_FORMAT'],
    ['12.34.56', 'INVALID_FORMAT'],
    ['four thousand', 'INVALID_FORMAT'],
    ['1e5', 'INVALID_FORMAT'],
  ])('refuses %j as %s', (text, code) => {
    expect(parseAmount(text, 2, 'TRY')).toMatchObject({ ok: false, code });
  });

  it('names the currency when there are more decimals than it has', () => {
    expect(parseAmount('4500,5', 0, 'JPY')).toEqual({
      ok: false,
      code: 'TOO_MANY_DECIMALS',
      message: 'JPY has no decimals',
      value: 'JPY',
    });
  });

  it('says how to write an ambiguous amount', () => {
    expect(parseAmount('4.500', 2, 'TRY')).toEqual({
      ok: false,
      code: 'AMBIGUOUS_AMOUNT',
      message: 'could be 4500 or 4.500; write it with decimals, e.g. 4500,00',
      value: '4.500',
    });
  });
});

describe('parseYesNo', () => {
  it.each([
    ['yes', true],
    ['Evet', true],
    ['EVET', true],
    ['true', true],
    ['1', true],
    ['no', false],
    ['hayır', false],
    ['HAYIR', false],
    ['Hayir', false],
    ['false', false],
    ['0', false],
  ])('reads %j as %s', (text, value) => {
    expect(parseYesNo(text, false)).toEqual({ ok: true, value });
  });

  it('uses the default for an empty cell and refuses anything else', () => {
    expect(parseYesNo('', true)).toEqual({ ok: true, value: true });
    expect(parseYesNo('maybe', true)).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
  });
});

describe('parseItems', () => {
  it('reads "Name x 10; Other x 2", × and X, line breaks, and a name alone as one', () => {
    expect(parseItems('Özel kite dersi x 10; Board rental X2 |Wing ×3\nSUP')).toEqual({
      ok: true,
      value: [
        { serviceName: 'Özel kite dersi', quantity: 10 },
        { serviceName: 'Board rental', quantity: 2 },
        { serviceName: 'Wing', quantity: 3 },
        { serviceName: 'SUP', quantity: 1 },
      ],
    });
  });

  it('refuses an empty cell and an entry without a name', () => {
    expect(parseItems(' ; ')).toMatchObject({ ok: false, code: 'REQUIRED' });
    expect(parseItems('x 10')).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
  });
});

describe('nameKey', () => {
  it('matches names in any case the Turkish way, and keeps ş ç ğ ö ü apart', () => {
    expect(nameKey('ÖZEL KİTE DERSİ')).toBe(nameKey('Özel kite dersi'));
    expect(nameKey('KITE DERSI')).toBe(nameKey('kite dersi'));
    expect(nameKey('  Kite   ılık  ')).toBe('kite ilik');
    expect(nameKey('Şişme')).not.toBe(nameKey('Sisme'));
  });
});

describe('package CSV header', () => {
  it('knows English and Turkish headers', () => {
    const [row] = readPackageCsv(
      'Konum;Paket adı;Açıklama;Geçerlilik (gün);Fiyat;Para birimi;Hediye;İçerik;Satışta\n' +
        'Urla;Kite kursu;10 saat;90;12.000,00;TRY;hayır;"Kite x 10";evet\n',
    );
    expect(row!.cells).toEqual({
      location: 'Urla',
      name: 'Kite kursu',
      description: '10 saat',
      validityDays: '90',
      price: '12.000,00',
      currency: 'TRY',
      gift: 'hayır',
      items: 'Kite x 10',
      active: 'evet',
    });
  });

  it('names every missing required column', () => {
    expect(() => readCsv('name,price\nA,1\n', PACKAGE_COLUMNS)).toThrow(
      'The header has no location column (location or konum), no validityDays column ' +
        '(validity days or geçerlilik (gün)), no items column (items or içerik); ' +
        'the first line must name the columns',
    );
  });
});

describe('customer problem codes', () => {
  const today = '2026-06-01';
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{ name: '' }, 'name', 'REQUIRED'],
    [{ name: 'x'.repeat(201) }, 'name', 'TOO_LONG'],
    [{ email: 'a.example.com' }, 'email', 'INVALID_FORMAT'],
    [{ phone: 'call me' }, 'phone', 'INVALID_FORMAT'],
    [{ birthDate: '2030-01-01' }, 'birthDate', 'INVALID_FORMAT'],
    [{ emergencyContactName: 'x'.repeat(201) }, 'emergencyContactName', 'TOO_LONG'],
    [{ emergencyContactPhone: 'nope' }, 'emergencyContactPhone', 'INVALID_FORMAT'],
    [{ weightKg: 300 }, 'weightKg', 'OUT_OF_RANGE'],
    [{ heightCm: 20 }, 'heightCm', 'OUT_OF_RANGE'],
    [{ tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }, 'tags', 'TOO_MANY'],
    [{ notes: 'x'.repeat(10_001) }, 'notes', 'TOO_LONG'],
    [{ skills: [{ discipline: 'GOLF', level: 'BEGINNER' }] }, 'skills', 'UNKNOWN_VALUE'],
    [{ skills: [{ discipline: 'KITE', level: 'GURU' }] }, 'skills', 'UNKNOWN_VALUE'],
    [
      {
        skills: [
          { discipline: 'KITE', level: 'BEGINNER' },
          { discipline: 'KITE', level: 'ADVANCED' },
        ],
      },
      'skills',
      'DUPLICATE_VALUE',
    ],
  ];
  it.each(cases.map(([input, field, code]) => [field, code, input] as const))(
    'gives a refused %s the code %s',
    (field, code, input) => {
      const { problems } = checkCustomerFields(
        { name: 'Ali', ...input },
        { creating: true, today },
      );
      expect(Object.keys(problems)).toEqual([field]);
      expect(customerProblem(field, problems[field]!, { name: 'Ali', ...input }).code).toBe(code);
    },
  );

  it('names the unknown value', () => {
    expect(customerProblem('skills', 'unknown discipline GOLF', {})).toEqual({
      field: 'skills',
      code: 'UNKNOWN_VALUE',
      message: 'unknown discipline GOLF',
      value: 'GOLF',
    });
  });
});
