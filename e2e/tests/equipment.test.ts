import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  demoEmail,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
  signIn,
  signInToAdmin,
  TR,
  type TrackedPage,
} from '../support/browser';
import { graphql, tokenFor } from '../support/graphql';

// The inventory and an item's page, as a manager uses them at the Tarifa location of the demo
// school: filter the list, read the snapshot, open an item and its lifecycle, add a note, and
// retire another item; then the same in Turkish, and the list as cards on a phone. The items
// are made here through the API, with a unique suffix, so the test owns what it changes.
const baseUrl = inject('baseUrl');
const suffix = Math.random().toString(36).slice(2, 7);

let browser: Browser;
let adminToken: string;
let tarifa: { id: string; name: string };
const made: Record<string, string> = {};

const api = <T>(query: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(baseUrl, query, variables, adminToken);

async function makeItem(key: string, name: string, extra: Record<string, unknown> = {}) {
  const data = await api<{ createEquipment: { id: string } }>(
    'mutation ($i: CreateEquipmentInput!) { createEquipment(input: $i) { id } }',
    {
      i: {
        locationId: tarifa.id,
        name,
        category: 'KITE',
        size: '11m',
        brand: 'E2E',
        model: `Flyer ${suffix}`,
        serialNumber: `E2E-${key}-${suffix}`.toUpperCase(),
        purchaseDate: '2025-04-02',
        purchaseCost: { amountMinor: 149_900, currency: 'EUR' },
        usageHoursBase: 42,
        ...extra,
      },
    },
  );
  made[key] = data.createEquipment.id;
}

/** Signs a demo account in to the admin app in Turkish and waits for its welcome page. */
async function signInToAdminInTurkish(page: Page, role: 'manager'): Promise<void> {
  await page.goto('/admin/login');
  await page.getByRole('button', { name: 'Türkçe' }).click();
  await signIn(page, TR, demoEmail(role));
  await page.getByRole('heading', { level: 1, name: /^Hoş geldiniz, / }).waitFor();
}

/** Opens the inventory of the Tarifa location from the menu. */
async function openInventory(page: Page, menu: string, heading: string, locationLabel: string) {
  await page.getByRole('link', { name: menu, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.getByRole('combobox', { name: locationLabel, exact: true }).click();
  await page.getByRole('option', { name: tarifa.name }).click();
  // The page has re-rendered for the location once its picker shows it.
  await expect
    .poll(() => page.getByRole('combobox', { name: locationLabel, exact: true }).inputValue())
    .toBe(tarifa.name);
}

/** Picks `option` in the filter select labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  browser = await launchBrowser();
  adminToken = await tokenFor(baseUrl, demoEmail('admin'), DEMO_PASSWORD);
  const { locations } = await api<{ locations: Array<{ id: string; name: string }> }>(
    '{ locations { id name } }',
  );
  tarifa = locations.find((l) => l.name.startsWith('Tarifa'))!;
  await makeItem('note', `E2E Flyer ${suffix} one`);
  await makeItem('retire', `E2E Flyer ${suffix} two`);
  await makeItem('nota', `E2E Flyer ${suffix} bir`);
  await makeItem('emekli', `E2E Flyer ${suffix} iki`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('equipment in English', () => {
  let desk: TrackedPage;

  beforeAll(async () => {
    desk = await openPage(browser, baseUrl);
    await signInToAdmin(desk.page, 'manager');
  });

  it('filters the inventory and reads what is free now', async () => {
    const { page } = desk;
    await openInventory(page, 'Equipment', 'Equipment', 'Location');
    // The demo kite in the loft is out of service: the maintenance filter finds it.
    await choose(page, 'Status', 'Maintenance');
    await page.getByRole('link', { name: 'North Orbit 9m' }).waitFor();
    await choose(page, 'Status', 'Any status');
    await choose(page, 'Category', 'Kite');
    await page.getByRole('searchbox', { name: 'Search' }).fill(`flyer ${suffix}`);
    await page.waitForURL(new RegExp(`q=flyer`));
    const rows = page.getByRole('row').filter({ hasText: `E2E Flyer ${suffix}` });
    await expect.poll(() => rows.count()).toBe(4);
    await expect.poll(() => page.getByText('4 items').isVisible()).toBe(true);
    const row = rows.filter({ hasText: 'one' });
    expect(await row.getByText(`E2E-NOTE-${suffix}`.toUpperCase()).isVisible()).toBe(true);
    expect(await row.getByText('Available').isVisible()).toBe(true);
    expect(await row.getByText('42 h').isVisible()).toBe(true);
    // The snapshot counts the location's kites of 11 m, ours included.
    const snapshot = page.getByTestId('inventory-snapshot');
    const line = snapshot.getByRole('row').filter({ hasText: /^Kite\s*11m/ });
    expect(Number(await line.getByRole('cell').nth(5).innerText())).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'equipment-inventory');
    expect(desk.problems).toEqual([]);
  });

  it('opens an item, reads its lifecycle and adds a note', async () => {
    const { page } = desk;
    await page.getByRole('link', { name: `E2E Flyer ${suffix} one` }).click();
    await page.getByRole('heading', { level: 1, name: `E2E Flyer ${suffix} one` }).waitFor();
    const timeline = page.getByRole('region', { name: 'Lifecycle' });
    await timeline.getByText('Purchased').waitFor();
    expect(await timeline.getByText('Cost: €1,499.00').isVisible()).toBe(true);
    expect(await page.getByTestId('usage-hours').innerText()).toBe('42 h');

    await page.getByRole('button', { name: 'Add note' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a note' });
    await dialog.getByRole('button', { name: 'Add note' }).click();
    await dialog.getByText('Required.').waitFor();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Leading edge patched, 5 cm.');
    await dialog.getByRole('button', { name: 'Add note' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await timeline.getByText('Leading edge patched, 5 cm.').waitFor();
    // Newest first: the note is above the purchase, by the manager.
    const kinds = await timeline
      .locator('[data-kind]')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
    expect(kinds).toEqual(['NOTE', 'PURCHASED']);
    expect(await timeline.getByText(/by Mert Kaya/).isVisible()).toBe(true);
    await screenshot(page, 'equipment-item');
    expect(desk.problems).toEqual([]);
  });

  it('retires another item with its reason', async () => {
    const { page } = desk;
    await page.goto(`/admin/equipment/${made.retire}`);
    await page.getByRole('heading', { level: 1, name: `E2E Flyer ${suffix} two` }).waitFor();
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Retire' }).click();
    const dialog = page.getByRole('dialog', { name: `Retire E2E Flyer ${suffix} two?` });
    await dialog
      .getByRole('textbox', { name: 'Why is it retired?' })
      .fill('Canopy torn in a storm');
    await dialog.getByRole('button', { name: 'Retire item' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/^Retired on /).waitFor();
    expect(await page.getByText('Canopy torn in a storm').first().isVisible()).toBe(true);
    const timeline = page.getByRole('region', { name: 'Lifecycle' });
    await timeline.locator('[data-kind="RETIRED"]').waitFor();
    // Retired items are read, noted, never changed: no edit or retire any more.
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    const { equipmentItem } = await api<{ equipmentItem: { status: string } }>(
      'query ($id: ID!) { equipmentItem(id: $id) { status } }',
      { id: made.retire },
    );
    expect(equipmentItem.status).toBe('RETIRED');
    expect(desk.problems).toEqual([]);
  });
});

describe('equipment in Turkish', () => {
  let desk: TrackedPage;

  beforeAll(async () => {
    desk = await openPage(browser, baseUrl, { locale: 'tr-TR' });
    await signInToAdminInTurkish(desk.page, 'manager');
  });

  it('filters, opens an item, adds a note and retires another', async () => {
    const { page } = desk;
    await openInventory(page, 'Ekipman', 'Ekipman', 'Lokasyon');
    await choose(page, 'Tür', 'Uçurtma');
    await choose(page, 'Durum', 'Emekli');
    await page.getByRole('searchbox', { name: 'Ara' }).fill(suffix);
    await page.waitForURL(new RegExp(`q=${suffix}`));
    // Only the item retired above is retired among ours.
    const rows = page.getByRole('row').filter({ hasText: `E2E Flyer ${suffix}` });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.getByText('Emekli').isVisible()).toBe(true);
    await choose(page, 'Durum', 'Müsait');
    await page.waitForURL(/status=AVAILABLE/);
    await expect.poll(() => rows.count()).toBe(3);

    await page.getByRole('link', { name: `E2E Flyer ${suffix} bir` }).click();
    await page.waitForURL(new RegExp(`/admin/equipment/${made.nota}`));
    await page.getByRole('heading', { level: 1, name: `E2E Flyer ${suffix} bir` }).waitFor();
    const timeline = page.getByRole('region', { name: 'Yaşam döngüsü' });
    await timeline.getByText('Satın alındı').waitFor();
    await page.getByRole('button', { name: 'Not ekle' }).click();
    const note = page.getByRole('dialog', { name: 'Not ekle' });
    await note.getByRole('textbox', { name: 'Not' }).fill('Hatlar ölçüldü, ön hatlar kısaltıldı.');
    await note.getByRole('button', { name: 'Notu ekle' }).click();
    await note.waitFor({ state: 'hidden' });
    await timeline.getByText('Hatlar ölçüldü, ön hatlar kısaltıldı.').waitFor();
    expect(await timeline.getByText(/Mert Kaya tarafından/).isVisible()).toBe(true);

    await page.goto(`/admin/equipment/${made.emekli}`);
    await page.getByRole('heading', { level: 1, name: `E2E Flyer ${suffix} iki` }).waitFor();
    await page.getByRole('button', { name: 'Diğer işlemler' }).click();
    await page.getByRole('menuitem', { name: 'Emekliye ayır' }).click();
    const retire = page.getByRole('dialog', {
      name: `E2E Flyer ${suffix} iki emekliye ayrılsın mı?`,
    });
    await retire.getByRole('textbox', { name: 'Neden emekliye ayrılıyor?' }).fill('Kumaş yıprandı');
    await retire.getByRole('button', { name: 'Emekliye ayır' }).click();
    await retire.waitFor({ state: 'hidden' });
    await page.getByText(/tarihinde emekliye ayrıldı$/).waitFor();
    await timeline.getByText('Emekliye ayrıldı').waitFor();
    await screenshot(page, 'equipment-item-tr');
    expect(desk.problems).toEqual([]);
  });
});

describe('equipment on a phone', () => {
  it('stacks the inventory as cards that open the item', async () => {
    const phone = await openPage(browser, baseUrl, { viewport: PHONE });
    await signInToAdmin(phone.page, 'manager');
    const { page } = phone;
    await page.goto(`/admin/equipment?location=${tarifa.id}&q=${suffix}`);
    await page.getByRole('heading', { level: 1, name: 'Equipment' }).waitFor();
    const card = page.getByRole('listitem').filter({ hasText: `E2E Flyer ${suffix} one` });
    await card.waitFor();
    // No table on a phone.
    expect(await page.getByRole('columnheader', { name: 'Serial number' }).count()).toBe(0);
    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `E2E Flyer ${suffix} one` }).waitFor();
    await screenshot(page, 'equipment-phone');
    expect(phone.problems).toEqual([]);
  });
});
