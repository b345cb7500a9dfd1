import { describe, expect, it } from 'vitest';
import { readCustomerCsv } from './customer-csv.js';
import { detectDelimiter, headerKey } from './csv.js';

describe('customer CSV reading', () => {
  it.each([
    ['Doğum Tarihi', 'dogumtarihi'],
    ['birth_date', 'birthdate'],
    ['birthDate', 'birthdate'],
    ['E-posta', 'eposta'],
    ['  AD SOYAD ', 'adsoyad'],
    ['ACİL DURUM KİŞİSİ', 'acildurumkisisi'],
    ['Acil durum kişisi', 'acildurumkisisi'],
  ])('reduces the header %j to %j', (cell, key) => {
    expect(headerKey(cell)).toBe(key);
  });

  it.each([
    ['name,email\n', ','],
    ['name;email\n', ';'],
    ['"Ad, Soyad";E-posta\n', ';'],
    ['"a;b;c",email\n', ','],
    ['name\n', ','],
  ])('detects the separator of %j as %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('turns day.month.year dates into ISO dates and leaves other text to the checks', () => {
    const rows = readCustomerCsv(
      'name,doğum tarihi\nA,1.2.1990\nB,23/04/1985\nC,1990-13-01\nD,soon\n',
    );
    expect(rows.map((r) => r.input.birthDate)).toEqual([
      '1990-02-01',
      '1985-04-23',
      '1990-13-01',
      'soon',
    ]);
  });

  it('flags a row with more cells than the header, and a weight that is not a number', () => {
    const [row] = readCustomerCsv('name,kilo\nAli,7o,extra\n');
    expect(row!.problems).toEqual({
      row: 'has 3 cells, the header 2',
      weightKg: 'is not a number',
    });
  });
});
