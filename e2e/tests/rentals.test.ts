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

// The rental desk on a tablet-sized screen: a manager hands a kite out to a customer with the
// signature drawn with the mouse on the canvas, finds the rental in the list, then takes it
// back damaged, which opens a repair task and takes the kite out of service; the contract
// link answers a PDF. The kite and the customer are made here through the API at the demo
// school's Akyaka location, whose rental terms the seed publishes.
const baseUrl = inject('baseUrl');
const TABLET = { width: 1180, height: 1400 };

let browser: Browser;
let desk: TrackedPage;
let adminToken: string;
const suffix = Math.random().toString(36).slice(2, 8);
const KITE = `Test Kite ${suffix}`;
const SERIAL = `RT-${suffix.toUpperCase()}`;
const CUSTOMER = `Deniz Rental ${suffix}`;
const ids = { location: '', kite: '', customer: '', rental: '' };

const api = <T>(query: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(baseUrl, query, variables, adminToken);

beforeAll(async () => {
  browser = await launchBrowser();
  adminToken = await tokenFor(baseUrl, demoEmail('admin'), DEMO_PASSWORD);
  const { locations } = await api<{ locations: Array<{ id: string; name: string }> }>(
    '{ locations { id name } }',
  );
  ids.location = locations.find((l) => l.name === 'Akyaka Kite Center')!.id;
  const kite = await api<{ createEquipment: { id: string } }>(
    'mutation ($i: CreateEquipmentInput!) { createEquipment(input: $i) { id } }',
    {
      i: {
        locationId: ids.location,
        name: KITE,
        category: 'KITE',
        size: '9m',
        brand: 'E2E',
        serialNumber: SERIAL,
      },
    },
  );
  ids.kite = kite.createEquipment.id;
  const customer = await api<{ createCustomer: { id: string } }>(
    'mutation ($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }',
    { i: { name: CUSTOMER } },
  );
  ids.customer = customer.createCustomer.id;
  desk = await openPage(browser, baseUrl, { viewport: TABLET });
  await signInToAdmin(desk.page, 'manager');
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('rental desk', () => {
  it('checks a kite out with a signature drawn on the canvas', async () => {
    const { page } = desk;
    await page.getByRole('link', { name: 'Rentals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rentals' }).waitFor();
    await page.getByRole('link', { name: 'New rental' }).click();
    await page.getByRole('heading', { level: 1, name: 'New rental' }).waitFor();

    // Customer.
    await page.getByRole('combobox', { name: 'Location' }).click();
    await page.getByRole('option', { name: 'Akyaka Kite Center' }).click();
    await page.getByRole('combobox', { name: 'Customer' }).fill(CUSTOMER);
    await page.getByRole('option', { name: CUSTOMER }).click();
    await page.getByRole('button', { name: 'Next' }).click();

    // Equipment: due in 2 hours (the default), the kite found by its serial number.
    await page.getByRole('button', { name: 'In 2 hours' }).click();
    await page.getByRole('textbox', { name: 'Serial number' }).fill(SERIAL.toLowerCase());
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('1 item chosen').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();

    // Condition, deposit.
    await page.getByRole('textbox', { name: new RegExp(KITE) }).fill('Like new, lines checked');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: 'Amount (TRY)' }).fill('1500');
    await page.getByRole('button', { name: 'Next' }).click();

    // Terms, typed name, signature drawn with the mouse.
    await page.getByText('Ekipman Kiralama Koşulları / Equipment Rental Terms').waitFor();
    await page.getByRole('textbox', { name: "Customer's name" }).fill(CUSTOMER);
    const pad = page.getByLabel('Signature pad');
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 24; step += 1) {
      await page.mouse.move(
        box.x + 30 + step * 14,
        box.y + box.height / 2 + Math.sin(step / 2) * 40,
        { steps: 2 },
      );
    }
    await page.mouse.up();
    await page.getByText('Signed', { exact: true }).waitFor();
    await screenshot(page, 'rental-checkout-signed');
    await page.getByRole('button', { name: 'Hand out the equipment' }).click();

    const heading = page.getByRole('heading', { level: 1, name: /^Rental #\d+$/ });
    await heading.waitFor();
    ids.rental = page.url().split('/').pop()!;
    const { rental } = await api<{
      rental: {
        status: string;
        signerName: string;
        customer: { id: string };
        items: Array<{ equipment: { id: string }; conditionOut: string }>;
      };
    }>(
      'query ($id: ID!) { rental(id: $id) { status signerName customer { id } items { conditionOut equipment { id } } } }',
      { id: ids.rental },
    );
    expect(rental).toMatchObject({
      status: 'OUT',
      signerName: CUSTOMER,
      customer: { id: ids.customer },
      items: [{ equipment: { id: ids.kite }, conditionOut: 'Like new, lines checked' }],
    });
    // The signature the customer drew is stored and shown.
    await page.getByRole('img', { name: `Signature of ${CUSTOMER}` }).waitFor();
    // Loaded from /rentals/:id/signature.png with the session cookie, not a broken image.
    await page.waitForFunction(
      (alt) =>
        Array.from(document.images).some(
          (img) => img.alt === alt && img.complete && img.naturalWidth > 0,
        ),
      `Signature of ${CUSTOMER}`,
      { timeout: 10_000 },
    );

    // The desk's list shows it among what is out.
    await page.getByRole('link', { name: 'All rentals' }).click();
    await page.getByRole('cell', { name: CUSTOMER }).waitFor();
  });

  it('checks it in damaged: a repair task opens and the kite goes out of service', async () => {
    const { page } = desk;
    await page.getByRole('cell', { name: CUSTOMER }).click();
    await page.getByRole('heading', { level: 1, name: /^Rental #\d+$/ }).waitFor();
    await page.getByRole('textbox', { name: `Condition of ${KITE}` }).fill('Leading edge torn');
    await page.getByRole('switch', { name: `${KITE} is damaged` }).check();
    await page.getByRole('textbox', { name: `What is damaged on ${KITE}` }).fill('Tear of 10 cm');
    await page.getByRole('textbox', { name: `Charge for ${KITE} (TRY)` }).fill('750');
    await page.getByRole('button', { name: 'Check in 1 item' }).click();
    await page.getByText('Repair task opened').waitFor();
    await page.getByText('Returned', { exact: true }).first().waitFor();
    await screenshot(page, 'rental-checked-in-damaged');

    const { rental } = await api<{
      rental: {
        status: string;
        items: Array<{
          damaged: boolean;
          repairTaskId: string | null;
          damageCharge: { amountMinor: number };
        }>;
      };
    }>(
      'query ($id: ID!) { rental(id: $id) { status items { damaged repairTaskId damageCharge { amountMinor } } } }',
      { id: ids.rental },
    );
    expect(rental.status).toBe('RETURNED');
    expect(rental.items[0]).toMatchObject({ damaged: true, damageCharge: { amountMinor: 75000 } });
    expect(rental.items[0]!.repairTaskId).toBeTruthy();
    const { equipment } = await api<{
      equipment: { edges: Array<{ node: { id: string; status: string } }> };
    }>(
      'query ($l: ID!) { equipment(locationId: $l, category: "KITE", first: 200) { edges { node { id status } } } }',
      { l: ids.location },
    );
    expect(equipment.edges.find((e) => e.node.id === ids.kite)?.node.status).toBe('MAINTENANCE');
    const rentable = await api<{ rentableEquipment: Array<{ id: string }> }>(
      'query ($l: ID!, $u: DateTime!) { rentableEquipment(locationId: $l, until: $u) { id } }',
      { l: ids.location, u: new Date(Date.now() + 3_600_000).toISOString() },
    );
    expect(rentable.rentableEquipment.map((e) => e.id)).not.toContain(ids.kite);
  });

  it('links the contract as a PDF', async () => {
    const { page } = desk;
    const href = await page.getByRole('link', { name: 'Contract (PDF)' }).getAttribute('href');
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(desk.problems).toEqual([]);
  });
});
