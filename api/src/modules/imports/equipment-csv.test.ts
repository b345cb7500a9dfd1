import { describe, expect, it } from 'vitest';
import { CsvFileError } from './csv.js';
import {
  equipmentCategory,
  parsePurchaseDate,
  parseStatus,
  parseUsageHours,
  readEquipmentCsv,
} from './equipment-csv.js';

describe('readEquipmentCsv', () => {
  it('knows the Turkish headers a school writes, with ";" and a BOM', () => {
    const rows = readEquipmentCsv(
      '\ufeffKonum;Ekipman adı;Kategori;Beden;Marka;Model;Seri numarası;Satın alma tarihi;' +
        'Maliyet;Para birimi;Kullanım saati;Notlar;Durum\r\n' +
        'Akyaka;Evo 9;Uçurtma;9 m;Duotone;Evo;DT-1;15.03.2024;18.500,00;TL;12,5;Yeni;Bakımda\r\n',
    );
    expect(rows).toEqual([
      {
        line: 2,
        extra: null,
        cells: {
          location: 'Akyaka',
          name: 'Evo 9',
          category: 'Uçurtma',
          size: '9 m',
          brand: 'Duotone',
          model: 'Evo',
          serialNumber: 'DT-1',
          purchaseDate: '15.03.2024',
          purchaseCost: '18.500,00',
          currency: 'TL',
          usageHours: '12,5',
          notes: 'Yeni',
          status: 'Bakımda',
        },
      },
    ]);
  });

  it('knows the English headers in any case and spacing, and needs location, name and category', () => {
    const [row] = readEquipmentCsv(
      'LOCATION,Name,category,Serial Number,purchase_date,Purchase cost,Usage hours\n' +
        'Tarifa,Rebel 12,kite,R-12,2024-01-31,1200.50,300\n',
    );
    expect(row!.cells).toMatchObject({
      serialNumber: 'R-12',
      purchaseDate: '2024-01-31',
      purchaseCost: '1200.50',
      usageHours: '300',
    });
    expect(() => readEquipmentCsv('location,name\nTarifa,Rebel\n')).toThrow(
      /no category column \(category or kategori\)/,
    );
    expect(() => readEquipmentCsv('location,name,category,colour\nA,B,C,red\n')).toThrow(
      CsvFileError,
    );
  });
});

describe('equipmentCategory', () => {
  it.each([
    ['Uçurtma', 'KITE'],
    ['UÇURTMA', 'KITE'],
    ['kite', 'KITE'],
    ['Trapez', 'HARNESS'],
    ['Islak elbise', 'WETSUIT'],
    ['Darbe yeleği', 'IMPACT_VEST'],
    ['Sörf tahtası', 'SURFBOARD'],
    ['impact vest', 'IMPACT_VEST'],
    ['Kite pump', 'KITE_PUMP'],
  ])('reads %j as %s', (cell, key) => {
    expect(equipmentCategory(cell)).toBe(key);
  });

  it('gives null for a cell with nothing usable', () => {
    expect(equipmentCategory('')).toBeNull();
    expect(equipmentCategory('***')).toBeNull();
  });
});

describe('parsePurchaseDate', () => {
  it.each([
    ['2024-03-15', '2024-03-15'],
    ['2024-3-5', '2024-03-05'],
    ['15.03.2024', '2024-03-15'],
    ['5/3/2024', '2024-03-05'],
    ['29.02.2024', '2024-02-29'],
    ['', null],
  ])('reads %j as %j', (cell, date) => {
    expect(parsePurchaseDate(cell)).toEqual({ ok: true, value: date });
  });

  it.each(['31.02.2024', '2023-02-29', '2024-13-01', '15.03.24', 'March 2024', '2024/03/15'])(
    'refuses %j as not a date',
    (cell) => {
      expect(parsePurchaseDate(cell)).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
    },
  );
});

describe('parseUsageHours', () => {
  it.each([
    ['120', 120],
    ['12,5', 12.5],
    ['12.25', 12.25],
    ['0', 0],
    [' 7 ', 7],
    ['', null],
  ])('reads %j as %j hours', (cell, hours) => {
    expect(parseUsageHours(cell)).toEqual({ ok: true, value: hours });
  });

  it('refuses negatives, three decimals, thousands separators and words', () => {
    expect(parseUsageHours('-3')).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    for (const cell of ['1.234', '1,250.5', '12 h', 'çok']) {
      expect(parseUsageHours(cell)).toMatchObject({ ok: false, code: 'INVALID_FORMAT' });
    }
  });
});

describe('parseStatus', () => {
  it.each([
    ['', 'AVAILABLE'],
    ['available', 'AVAILABLE'],
    ['Müsait', 'AVAILABLE'],
    ['MAINTENANCE', 'MAINTENANCE'],
    ['BAKIMDA', 'MAINTENANCE'],
    ['bakımda', 'MAINTENANCE'],
    ['Out of service', 'MAINTENANCE'],
    ['retired', 'RETIRED'],
    ['Hurda', 'RETIRED'],
    ['KULLANIM DIŞI', 'RETIRED'],
    ['kullanim disi', 'RETIRED'],
  ])('reads %j as %s', (cell, status) => {
    expect(parseStatus(cell)).toEqual({ ok: true, value: status });
  });

  it('refuses IN_USE, which is computed, and unknown words, naming the value', () => {
    expect(parseStatus('IN_USE')).toMatchObject({
      ok: false,
      code: 'UNKNOWN_VALUE',
      value: 'IN_USE',
    });
    expect(parseStatus('lost')).toMatchObject({ ok: false, code: 'UNKNOWN_VALUE', value: 'lost' });
  });
});
