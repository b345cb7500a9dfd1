import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DESK,
  EN,
  TR,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  type TrackedPage,
} from '../support/browser';
import { graphql, tokenFor } from '../support/graphql';

// CSV imports on the admin app's Imports page: a manager checks a customer file (BOM, ";",
// Turkish letters, two bad rows), sees both problems named, imports the rest and finds a new
// customer; an administrator working in Turkish checks a package file and reads why a price
// is refused; a manager gets the equipment template and imports gear, a repeated serial and an
// unknown location refused. Never publishes legal documents.
const baseUrl = inject('baseUrl');
let browser: Browser;

/** A suffix that makes this run's names unique in the shared database. */
const suffix = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(language: 'English' | 'Türkçe', role: 'manager' | 'admin') {
  const tracked = await openPage(browser, baseUrl, { viewport: DESK });
  await tracked.page.goto('/admin/login');
  await tracked.page.getByRole('button', { name: language }).click();
  await signIn(tracked.page, language === 'English' ? EN : TR, demoEmail(role));
  await tracked.page
    .getByRole('navigation', { name: language === 'English' ? 'Main navigation' : 'Ana menü' })
    .waitFor();
  return tracked;
}

/** Picks `content` as the file through the page's own file button, as a person would. */
async function chooseFile(page: Page, button: string, name: string, content: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

describe('admin: CSV imports', () => {
  let manager: TrackedPage;
  afterAll(async () => manager?.context.close());

  it('checks a customer file row by row, imports the valid rows, and the customer is found', async () => {
    manager = await signedIn('English', 'manager');
    const { page, problems } = manager;
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Import', exact: true })
      .click();
    await page.waitForURL('**/admin/imports');
    await page.getByRole('heading', { level: 1, name: 'Import data' }).waitFor();

    const newName = `Çağla Işıkgöz ${suffix}`;
    const csv =
      '\ufeffAd Soyad;E-posta;Telefon;Doğum tarihi;Etiketler\r\n' +
      `${newName};cagla.${suffix}@example.com;0532 111 22 33;14.03.1988;kış|öğrenci\r\n` +
      `Ömer Şükrü Ağaoğlu ${suffix};omer-at-example.com;;;\r\n` +
      `İlkay Güneş ${suffix};ilkay.${suffix}@example.com;;31.02.2090;\r\n` +
      `Ümran Doğan ${suffix};;+90 555 000 00 00;;\r\n`;
    await chooseFile(page, 'Choose CSV file', 'müşteriler.csv', csv);

    await page.getByText('4 rows', { exact: true }).waitFor();
    await page.getByText('2 valid', { exact: true }).waitFor();
    await page.getByText('2 with problems', { exact: true }).waitFor();
    // The two refused rows, each with the column and why.
    const table = page.getByRole('table');
    const omer = table.getByRole('row', { name: new RegExp(`Ömer Şükrü Ağaoğlu ${suffix}`) });
    await expectCells(omer, [
      '3',
      `Ömer Şükrü Ağaoğlu ${suffix}`,
      'Error',
      'Email',
      'Not an email address.',
    ]);
    const ilkay = table.getByRole('row', { name: new RegExp(`İlkay Güneş ${suffix}`) });
    await expectCells(ilkay, [
      '4',
      `İlkay Güneş ${suffix}`,
      'Error',
      'Birth date',
      'Not a past date (DD.MM.YYYY or YYYY-MM-DD).',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'admin-imports-customers-dry-run-en');

    await page.getByRole('button', { name: 'Import 2 customers' }).click();
    await page.getByText('2 customers written. 2 rows with problems were skipped.').waitFor();
    await screenshot(page, 'admin-imports-customers-done-en');

    await page.getByRole('link', { name: 'Open customers' }).click();
    await page.waitForURL('**/admin/customers');
    await page.getByRole('searchbox', { name: 'Search' }).fill(newName);
    const match = page.locator('tbody tr').first();
    await match.getByRole('link', { name: newName, exact: true }).waitFor();
    await match.getByText('öğrenci', { exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});

describe('admin: CSV imports in Turkish', () => {
  let admin: TrackedPage;
  afterAll(async () => admin?.context.close());

  it('offers a package template with real names and explains a refused price in Turkish', async () => {
    admin = await signedIn('Türkçe', 'admin');
    const { page, problems } = admin;
    await page
      .getByRole('navigation', { name: 'Ana menü' })
      .getByRole('link', { name: 'İçe aktarma', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Veri içe aktarma' }).waitFor();
    await page.getByText('Paketler', { exact: true }).click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Şablonu indir' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('plannivo-packages-sablon.csv');
    const template = (await readFile((await download.path())!, 'utf8')).split('\r\n');
    expect(template[0]).toBe(
      '\ufeffKonum;Paket adı;Açıklama;Geçerlilik (gün);Fiyat;Para birimi;Hediye;İçerik;Satışta',
    );
    expect(template[1]).toMatch(
      /^Akyaka Kite Center;Başlangıç kursu;.*;12\.000,00;TRY;hayır;".* x 5; .* x 2";evet$/,
    );

    const csv =
      'Konum;Paket adı;Geçerlilik (gün);Fiyat;İçerik\n' +
      `akyaka kite center;Deneme kursu ${suffix};90;12.000,00;ÖZEL KİTE DERSİ / PRIVATE KITE LESSON x 5\n` +
      `Akyaka Kite Center;Hatalı fiyat ${suffix};90;4.500;Özel kite dersi / Private kite lesson x 1\n`;
    await chooseFile(page, 'CSV dosyası seç', 'paketler.csv', csv);
    await page.getByText('1 geçerli', { exact: true }).waitFor();
    await page.getByText('1 sorunlu', { exact: true }).waitFor();
    const row = page
      .getByRole('table')
      .getByRole('row', { name: new RegExp(`Hatalı fiyat ${suffix}`) });
    await expectCells(row, [
      '3',
      `Hatalı fiyat ${suffix}`,
      'Hatalı',
      'Fiyat',
      '“4.500” iki türlü okunabilir; kuruşuyla yazın, örneğin 4500,00.',
    ]);

    // All or nothing: with a refused row, nothing may be imported.
    await page.getByRole('switch', { name: /Ya hep ya hiç/ }).check();
    await page.getByText('“Ya hep ya hiç” açık ve bazı satırlarda sorun var.').waitFor();
    expect(await page.getByRole('button', { name: '1 paketi içe aktar' }).isDisabled()).toBe(true);
    await screenshot(page, 'admin-imports-packages-dry-run-tr');
    expect(problems).toEqual([]);
  });
});

describe('admin: equipment CSV import', () => {
  let manager: TrackedPage;
  afterAll(async () => manager?.context.close());

  it('offers the equipment template, names a repeated serial and an unknown location, and imports the rest', async () => {
    manager = await signedIn('English', 'manager');
    const { page, problems } = manager;
    await page.goto('/admin/imports');
    await page.getByRole('heading', { level: 1, name: 'Import data' }).waitFor();
    await page
      .getByRole('radiogroup', { name: 'What to import' })
      .getByText('Equipment', { exact: true })
      .click();
    await page.getByText(/^One item per row\./).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download template' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('plannivo-equipment-template.csv');
    const template = (await readFile((await download.path())!, 'utf8')).split('\r\n');
    expect(template[0]).toBe(
      '\ufeffLocation,Name,Category,Size,Brand,Model,Serial number,Purchase date,Purchase cost,Usage hours,Notes,Status',
    );
    expect(template[1]).toMatch(/^Akyaka Kite Center,Duotone Evo 9m,Kite,9m,/);

    const name = `E2E Evo 9m ${suffix}`;
    const csv =
      'Location,Name,Category,Size,Brand,Serial number,Purchase date,Purchase cost,Usage hours\n' +
      `Tarifa Kite & Wing,${name},Kite,9 m,Duotone,E2E-${suffix}-1,2024-03-15,1450.00,12.5\n` +
      `Tarifa Kite & Wing,E2E Evo twin ${suffix},Kite,9m,DUOTONE,e2e-${suffix}-1,2024-03-15,1450.00,\n` +
      `Nowhere Beach,E2E Lost ${suffix},Kite,7m,,,,,\n`;
    await chooseFile(page, 'Choose CSV file', 'equipment.csv', csv);
    await page.getByText('3 rows', { exact: true }).waitFor();
    await page.getByText('1 valid', { exact: true }).waitFor();
    await page.getByText('2 with problems', { exact: true }).waitFor();
    const table = page.getByRole('table');
    await expectCells(table.getByRole('row', { name: new RegExp(`E2E Evo twin ${suffix}`) }), [
      '3',
      `E2E Evo twin ${suffix}`,
      'Error',
      'Serial number',
      'Same brand and serial number as row 2.',
    ]);
    await expectCells(table.getByRole('row', { name: new RegExp(`E2E Lost ${suffix}`) }), [
      '4',
      `E2E Lost ${suffix}`,
      'Error',
      'Location',
      'No location is called “Nowhere Beach”.',
    ]);
    await screenshot(page, 'admin-imports-equipment-dry-run-en');

    await page.getByRole('button', { name: 'Import 1 item' }).click();
    await page.getByText('1 item written. 2 rows with problems were skipped.').waitFor();
    await page.getByRole('link', { name: 'Open the equipment' }).waitFor();

    // The item is there, sized and with its purchase, and nothing of the refused rows.
    const token = await tokenFor(baseUrl, demoEmail('manager'), DEMO_PASSWORD);
    const { equipment } = await graphql<{
      equipment: { edges: { node: { name: string; size: string | null } }[] };
    }>(
      baseUrl,
      'query { equipment(category: "KITE", first: 200) { edges { node { name size } } } }',
      {},
      token,
    );
    const mine = equipment.edges.map((e) => e.node).filter((n) => n.name.includes(suffix));
    expect(mine).toEqual([{ name, size: '9m' }]);
    expect(problems).toEqual([]);
  });
});

async function expectCells(row: Locator, cells: string[]) {
  await row.waitFor();
  // Text content, not innerText: badges show their status in capitals through CSS.
  expect((await row.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual(cells);
}
