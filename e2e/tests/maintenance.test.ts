import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signInToAdmin,
  type TrackedPage,
} from '../support/browser';
import { graphql, tokenFor } from '../support/graphql';

// The maintenance board on a tablet: a manager finds the demo school's overdue wetsuit, reports
// damage on a kite (made here through the API at Akyaka), books workshop time for it, completes
// the repair (the kite is back in service) and adds a rule, which the rules tab lists.
const baseUrl = inject('baseUrl');
const TABLET = { width: 1024, height: 1366 };

let browser: Browser;
let board: TrackedPage;
let adminToken: string;
const suffix = Math.random().toString(36).slice(2, 8);
const KITE = `Board Kite ${suffix}`;
const RULE = `SUP check ${suffix}`;
const ids = { location: '', kite: '' };

const api = <T>(query: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(baseUrl, query, variables, adminToken);

async function kiteStatus() {
  const res = await api<{ equipment: { edges: Array<{ node: { id: string; status: string } }> } }>(
    'query ($l: ID) { equipment(locationId: $l, category: "KITE", first: 200) { edges { node { id status } } } }',
    { l: ids.location },
  );
  return res.equipment.edges.find((e) => e.node.id === ids.kite)?.node.status;
}

beforeAll(async () => {
  browser = await launchBrowser();
  adminToken = await tokenFor(baseUrl, demoEmail('admin'), DEMO_PASSWORD);
  const { locations } = await api<{ locations: Array<{ id: string; name: string }> }>(
    '{ locations { id name } }',
  );
  ids.location = locations.find((l) => l.name === 'Akyaka Kite Center')!.id;
  const kite = await api<{ createEquipment: { id: string } }>(
    'mutation ($i: CreateEquipmentInput!) { createEquipment(input: $i) { id } }',
    { i: { locationId: ids.location, name: KITE, category: 'KITE', size: '10m' } },
  );
  ids.kite = kite.createEquipment.id;
  board = await openPage(browser, baseUrl, { viewport: TABLET });
  await signInToAdmin(board.page, 'manager');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('maintenance board', () => {
  it('shows the demo school’s work by section, the overdue wetsuit first', async () => {
    const { page } = board;
    await page.getByRole('link', { name: 'Maintenance' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maintenance board' }).waitFor();
    const overdue = page.getByRole('region', { name: 'Overdue' });
    await overdue.getByRole('article', { name: /ION Seek Core 3\/2 L #2/ }).waitFor();
    await expect
      .poll(() => overdue.getByRole('article', { name: /ION Seek Core 3\/2 L #2/ }).textContent())
      .toMatch(/Due since/);
    const dueSoon = page.getByRole('region', { name: 'Due soon' });
    await dueSoon.getByRole('article', { name: /Mystic Stealth Seat L/ }).waitFor();
    await page
      .getByRole('region', { name: 'Scheduled' })
      .getByRole('article', { name: /Zodiac Pro 500/ })
      .waitFor();
    expect(board.problems).toEqual([]);
  });

  it('reports damage on a kite picked by name: it is in repair and out of service', async () => {
    const { page } = board;
    await page.getByRole('button', { name: 'Report damage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report damage' });
    await dialog.getByRole('combobox', { name: 'Item' }).fill(KITE);
    await page.getByRole('option', { name: new RegExp(KITE) }).click();
    await dialog
      .getByRole('textbox', { name: 'What is wrong' })
      .fill('Torn canopy at the left tip');
    await dialog.getByRole('button', { name: 'Report', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const card = page
      .getByRole('region', { name: 'In repair' })
      .getByRole('article', { name: `${KITE}: Torn canopy at the left tip` });
    await card.waitFor();
    await expect.poll(kiteStatus).toBe('MAINTENANCE');
  });

  it('books workshop time for the repair on the location’s clock', async () => {
    const { page } = board;
    const card = page
      .getByRole('region', { name: 'In repair' })
      .getByRole('article', { name: `${KITE}: Torn canopy at the left tip` });
    await card.getByRole('button', { name: 'Schedule' }).click();
    const dialog = page.getByRole('dialog', { name: `Workshop time for ${KITE}` });
    await expect.poll(() => dialog.textContent()).toMatch(/Europe\/Istanbul/);
    // Tomorrow 09:00–13:00 at the location is offered; the kite is free then.
    await dialog.getByRole('button', { name: 'Book the time' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => card.textContent()).toMatch(/Workshop: .*09:00–13:00/);
    await screenshot(page, 'maintenance-board-tablet');
  });

  it('completes the repair: the card moves to done and the kite is back in service', async () => {
    const { page } = board;
    const card = page
      .getByRole('region', { name: 'In repair' })
      .getByRole('article', { name: `${KITE}: Torn canopy at the left tip` });
    await card.getByRole('button', { name: 'Complete' }).click();
    const dialog = page.getByRole('dialog', { name: `Complete the work on ${KITE}` });
    await dialog.getByRole('textbox', { name: 'What was done' }).fill('Canopy patched at the loft');
    await dialog.getByRole('button', { name: 'Mark done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('region', { name: 'Done recently' })
      .getByRole('article', { name: `${KITE}: Torn canopy at the left tip` })
      .waitFor();
    await expect.poll(kiteStatus).toBe('AVAILABLE');
  });

  it('adds a rule on the rules tab, refusing one without an interval first', async () => {
    const { page } = board;
    await page.getByRole('tab', { name: 'Rules' }).click();
    await page.getByRole('button', { name: 'New rule' }).click();
    const dialog = page.getByRole('dialog', { name: 'New service rule' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(RULE);
    await dialog.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'SUP board' }).click();
    await dialog.getByRole('button', { name: 'Add the rule' }).click();
    await dialog.getByText('Give hours of use, days or both.').first().waitFor();
    await dialog.getByRole('textbox', { name: 'Every … days' }).fill('30');
    await dialog.getByRole('button', { name: 'Add the rule' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: new RegExp(RULE) });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toMatch(/every 30 days/);
    expect(board.problems).toEqual([]);
  });
});
