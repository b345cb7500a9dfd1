import { describe, expect, it } from 'vitest';
import { templateCsv } from './templates';

describe('templateCsv', () => {
  it('writes Turkish headers with ";" and a BOM, and quotes a cell that holds the separator', () => {
    const csv = templateCsv('packages', 'tr', {
      location: { name: 'Urla Kite Okulu', currency: 'TRY' },
      services: ['Özel kite dersi', 'Kite ekipmanı; saatlik', 'Third'],
    });
    const [header, row, end] = csv.split('\r\n');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(header).toBe(
      '\ufeffKonum;Paket adı;Açıklama;Geçerlilik (gün);Fiyat;Para birimi;Hediye;İçerik;Satışta',
    );
    expect(row).toBe(
      'Urla Kite Okulu;Başlangıç kursu;Beş ders, ekipman dahil;90;12.000,00;TRY;hayır;' +
        '"Özel kite dersi x 5; Kite ekipmanı; saatlik x 2";evet',
    );
    expect(end).toBe('');
  });

  it('writes English headers with "," and placeholders without a catalog', () => {
    const [header, row] = templateCsv('packages', 'en-GB', null)
      .replace('\ufeff', '')
      .split('\r\n');
    expect(header).toBe(
      'Location,Name,Description,Validity days,Price,Currency,Gift,Items,On sale',
    );
    expect(row).toBe(
      'Location name,Beginner course,"Five lessons, gear included",90,12000.00,,no,Service name x 5,yes',
    );
  });

  it('has one example customer, with the date as each language writes it', () => {
    const tr = templateCsv('customers', 'tr', null).split('\r\n');
    expect(tr[0]).toBe(
      '\ufeffAd Soyad;E-posta;Telefon;Doğum tarihi;Acil durum kişisi;Acil durum telefonu;Kilo;Boy;Etiketler;Beceriler;Notlar',
    );
    expect(tr[1]).toContain(';23.04.1990;');
    expect(templateCsv('customers', 'en', null).split('\r\n')[1]).toContain(',1990-04-23,');
  });

  it('has equipment examples at a real location, dates and amounts as each language writes them', () => {
    const catalog = { location: { name: 'Akyaka Kite Center', currency: 'TRY' }, services: [] };
    const [header, kite, suit] = templateCsv('equipment', 'tr', catalog).split('\r\n');
    expect(header).toBe(
      '\ufeffKonum;Ekipman adı;Kategori;Beden;Marka;Model;Seri numarası;Satın alma tarihi;' +
        'Satın alma bedeli;Kullanım saati;Notlar;Durum',
    );
    expect(kite).toBe(
      'Akyaka Kite Center;Duotone Evo 9m;Uçurtma;9m;Duotone;Evo;DT24-00917;15.03.2024;18.500,00;' +
        '120,5;Sezon başında bakımı yapıldı;müsait',
    );
    expect(suit).toMatch(
      /^Akyaka Kite Center;Islak elbise 4\/3 M;Islak elbise;M;ION;Seek;;01\.05\.2025;/,
    );
    const en = templateCsv('equipment', 'en', null).split('\r\n');
    expect(en[1]).toBe(
      'Location name,Duotone Evo 9m,Kite,9m,Duotone,Evo,DT24-00917,2024-03-15,18500.00,120.5,' +
        'Serviced before the season,available',
    );
  });
});
