import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DESK,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signInToAdmin,
} from '../support/browser';
import { graphql, tokenFor } from '../support/graphql';

// A manager finds a payment taken on account (recorded here through the API, with no booking)
// on the reconciliation page after running it, and moves the money to the customer's wallet;
// the discrepancy is then listed as resolved and the wallet holds the money.
const baseUrl = inject('baseUrl');
const suffix = Math.random().toString(36).slice(2, 8);
const CUSTOMER = `Reconciled Customer ${suffix}`;

let browser: Browser;
let token: string;
let customerId: string;

const api = <T>(query: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(baseUrl, query, variables, token);

beforeAll(async () => {
  browser = await launchBrowser();
  token = await tokenFor(baseUrl, demoEmail('manager'), DEMO_PASSWORD);
  const { locations } = await api<{ locations: Array<{ id: string; name: string }> }>(
    '{ locations { id name } }',
  );
  const tarifa = locations.find((l) => l.name === 'Tarifa Kite & Wing')!;
  const created = await api<{ createCustomer: { id: string } }>(
    'mutation ($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }',
    { i: { name: CUSTOMER } },
  );
  customerId = created.createCustomer.id;
  await api('mutation ($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }', {
    i: {
      customerId,
      locationId: tarifa.id,
      amount: { amountMinor: 4200, currency: 'EUR' },
      method: 'CASH',
      idempotencyKey: `e2e-reconciliation-${suffix}`,
    },
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('reconciliation', () => {
  it('finds a payment on account and moves it to the wallet', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: DESK });
    await signInToAdmin(page, 'manager');
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Reconciliation', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Reconciliation' }).waitFor();

    await page.getByRole('button', { name: 'Run now' }).click();
    await page.getByText(/^Reconciliation finished: /).waitFor();
    const row = page.getByRole('row').filter({ hasText: CUSTOMER });
    await row.getByText('Payment linked to no booking').waitFor();
    await row.getByText(/€42\.00 of it sits on account/).waitFor();
    expect(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      '/finance/reconciliation.csv?status=OPEN&lang=en',
    );
    await screenshot(page, 'reconciliation-open');

    await row.getByRole('button', { name: 'Resolve' }).click();
    const dialog = page.getByRole('dialog', { name: 'Resolve: Payment linked to no booking' });
    await dialog.getByRole('radio', { name: 'Move the money to the customer’s wallet' }).check();
    await dialog.getByRole('button', { name: 'Resolve' }).click();
    await page.getByText('Discrepancy resolved.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.count()).toBe(0);

    await page.getByText('Resolved', { exact: true }).first().click();
    await page
      .getByRole('row')
      .filter({ hasText: CUSTOMER })
      .getByText(/^Moved to the wallet/)
      .waitFor();
    await screenshot(page, 'reconciliation-resolved');

    const { wallet } = await api<{
      wallet: { balances: Array<{ amountMinor: number; currency: string }> };
    }>('query ($c: ID!) { wallet(customerId: $c) { balances { amountMinor currency } } }', {
      c: customerId,
    });
    expect(wallet.balances).toEqual([{ amountMinor: 4200, currency: 'EUR' }]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
