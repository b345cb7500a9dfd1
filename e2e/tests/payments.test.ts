import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DESK,
  EN,
  PHONE,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  signInToAdmin,
} from '../support/browser';
import { graphql, tokenFor } from '../support/graphql';

// Payments at the desk: a manager opens a booking of the demo student with something due,
// takes part of it in cash and sees the booking's paid and due change; tops up the student's
// wallet on the customer page and pays more of the booking from it, seeing the wallet's
// balance move; the student then finds the cash payment's receipt and its PDF in the portal,
// on a phone.
const baseUrl = inject('baseUrl');

interface Money {
  amountMinor: number;
  currency: string;
  formatted: string;
}
interface BookingMoney {
  id: string;
  customers: Array<{ id: string }>;
  location: { paymentMethods: string[] };
  balance: { paid: Money; due: Money };
  payments: Array<{
    id: string;
    method: string;
    amount: Money;
    receipt: { displayNumber: string; pdfUrl: string } | null;
  }>;
}

const BOOKING_MONEY = `
  id
  customers { id }
  location { paymentMethods }
  balance {
    paid { amountMinor currency formatted }
    due { amountMinor currency formatted }
  }
  payments {
    id
    method
    amount { amountMinor currency formatted }
    receipt { displayNumber pdfUrl }
  }
`;

let browser: Browser;
let manager: string;
let student: { id: string; name: string };

const api = <T>(query: string, variables: Record<string, unknown> = {}) =>
  graphql<T>(baseUrl, query, variables, manager);

const bookingMoney = async (id: string) =>
  (
    await api<{ booking: BookingMoney }>(
      `query ($id: ID!) { booking(id: $id) { ${BOOKING_MONEY} } }`,
      { id },
    )
  ).booking;

const walletOf = async (customerId: string) =>
  (
    await api<{ wallet: { balances: Money[] } }>(
      'query ($c: ID!) { wallet(customerId: $c) { balances { amountMinor currency formatted } } }',
      { c: customerId },
    )
  ).wallet.balances;

/** The Payment panel's figure labelled `label` (Price, Paid, Due) shows `text`. */
async function figureShows(page: Page, label: string, text: string) {
  await page
    .getByRole('region', { name: 'Payment', exact: true })
    .getByRole('group', { name: label, exact: true })
    .getByText(text, { exact: true })
    .waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  manager = await tokenFor(baseUrl, demoEmail('manager'), DEMO_PASSWORD);
  const studentToken = await tokenFor(baseUrl, demoEmail('student'), DEMO_PASSWORD);
  student = (
    await graphql<{ me: { customer: { id: string; name: string } } }>(
      baseUrl,
      '{ me { customer { id name } } }',
      {},
      studentToken,
    )
  ).me.customer;
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('payments', () => {
  it('takes cash and wallet payments for a booking and the student finds the receipt', async () => {
    // A booking of the student alone, at a location that takes cash and the wallet, with more
    // than ₺1.000 due (other tests may have paid some of the demo bookings).
    const { bookings } = await api<{ bookings: { edges: Array<{ node: BookingMoney }> } }>(
      `query ($f: BookingFilter) { bookings(filter: $f, first: 100) { edges { node { ${BOOKING_MONEY} } } } }`,
      { f: { customerId: student.id, status: ['CONFIRMED', 'CHECKED_IN', 'COMPLETED'] } },
    );
    const booking = bookings.edges
      .map((e) => e.node)
      .find(
        (b) =>
          b.customers.length === 1 &&
          b.balance.due.currency === 'TRY' &&
          b.balance.due.amountMinor > 100_000 &&
          ['CASH', 'WALLET'].every((m) => b.location.paymentMethods.includes(m)),
      );
    expect(booking, 'a booking of the demo student with over ₺1.000 due').toBeDefined();
    const before = booking!;

    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: DESK });
    await signInToAdmin(page, 'manager');
    // The sign-in stores English on the account: the API's formatted amounts follow it.
    await expect
      .poll(async () => (await api<{ me: { locale: string } }>('{ me { locale } }')).me.locale, {
        timeout: 10_000,
      })
      .toBe('en');
    const shownBefore = await bookingMoney(before.id);
    await page.goto(`/admin/bookings/${before.id}`);
    const panel = page.getByRole('region', { name: 'Payment', exact: true });
    await figureShows(page, 'Paid', shownBefore.balance.paid.formatted);
    await figureShows(page, 'Due', shownBefore.balance.due.formatted);

    // 1. ₺600 in cash, part of what is due.
    await panel.getByRole('button', { name: 'Take payment' }).click();
    const take = page.getByRole('dialog', { name: 'Take payment' });
    await take.getByText(`${shownBefore.balance.due.formatted} is due.`).waitFor();
    expect(await take.getByLabel('Paid by').inputValue()).toBe(student.name);
    expect(await take.getByRole('radio', { name: 'Cash' }).isChecked()).toBe(true);
    await take.getByLabel('Amount').fill('600');
    await take.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText('Payment recorded', { exact: true }).waitFor();
    await take.waitFor({ state: 'hidden' });

    const afterCash = await bookingMoney(before.id);
    expect(afterCash.balance.paid.amountMinor).toBe(shownBefore.balance.paid.amountMinor + 60_000);
    expect(afterCash.balance.due.amountMinor).toBe(shownBefore.balance.due.amountMinor - 60_000);
    await figureShows(page, 'Paid', afterCash.balance.paid.formatted);
    await figureShows(page, 'Due', afterCash.balance.due.formatted);
    const cash = afterCash.payments.find(
      (p) => !shownBefore.payments.some((q) => q.id === p.id) && p.method === 'CASH',
    )!;
    expect(cash.amount.amountMinor).toBe(60_000);
    expect(cash.receipt?.displayNumber).toMatch(/^AKY-R-\d{4}-\d{6}$/);
    const receipt = cash.receipt!;
    expect(
      await panel
        .getByRole('link', { name: `Receipt ${receipt.displayNumber} (PDF)` })
        .getAttribute('href'),
    ).toBe(receipt.pdfUrl);
    await screenshot(page, 'payments-booking-cash');

    // 2. ₺500 into the student's wallet, on their customer page.
    const walletBefore = (await walletOf(student.id)).find((b) => b.currency === 'TRY');
    await page.goto(`/admin/customers/${student.id}`);
    const wallet = page.getByRole('region', { name: 'Wallet', exact: true });
    await wallet.getByRole('button', { name: 'Top up' }).click();
    const topUp = page.getByRole('dialog', { name: `Top up ${student.name}’s wallet` });
    // The first location by name, in its own currency, once the locations are read.
    await expect.poll(() => topUp.getByLabel('Location').inputValue()).toBe('Akyaka Kite Center');
    expect(await topUp.getByLabel('Currency').inputValue()).toBe('TRY');
    await topUp.getByLabel('Amount').fill('500');
    await topUp.getByRole('radio', { name: 'Cash' }).check();
    await topUp.getByRole('button', { name: 'Top up' }).click();
    await page.getByText('Wallet topped up', { exact: true }).waitFor();
    await topUp.waitFor({ state: 'hidden' });
    const afterTopUp = (await walletOf(student.id)).find((b) => b.currency === 'TRY')!;
    expect(afterTopUp.amountMinor).toBe((walletBefore?.amountMinor ?? 0) + 50_000);
    await wallet.getByRole('listitem', { name: `TRY balance: ${afterTopUp.formatted}` }).waitFor();
    await wallet.getByRole('cell', { name: 'Top-up' }).first().waitFor();

    // 3. ₺300 of the booking paid from that wallet.
    await page.goto(`/admin/bookings/${before.id}`);
    await figureShows(page, 'Due', afterCash.balance.due.formatted);
    await panel.getByRole('button', { name: 'Take payment' }).click();
    await take.getByLabel('Amount').fill('300');
    await take.getByRole('radio', { name: 'Wallet' }).check();
    await take.getByText(`Wallet balance: ${afterTopUp.formatted}.`).waitFor();
    await take.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText('Payment recorded', { exact: true }).waitFor();
    await take.waitFor({ state: 'hidden' });
    const afterWallet = await bookingMoney(before.id);
    expect(afterWallet.balance.paid.amountMinor).toBe(afterCash.balance.paid.amountMinor + 30_000);
    await figureShows(page, 'Paid', afterWallet.balance.paid.formatted);
    await figureShows(page, 'Due', afterWallet.balance.due.formatted);
    await screenshot(page, 'payments-booking-wallet');

    // The wallet holds ₺300 less, on the customer page.
    const afterSpend = (await walletOf(student.id)).find((b) => b.currency === 'TRY')!;
    expect(afterSpend.amountMinor).toBe(afterTopUp.amountMinor - 30_000);
    await page.goto(`/admin/customers/${student.id}`);
    await wallet.getByRole('listitem', { name: `TRY balance: ${afterSpend.formatted}` }).waitFor();
    await wallet
      .getByRole('cell', { name: /^Paid from the wallet/ })
      .first()
      .waitFor();
    await screenshot(page, 'payments-customer-wallet');
    expect(problems).toEqual([]);
    await context.close();

    // 4. The student finds the cash payment's receipt on a phone, with its PDF.
    {
      const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });
      await page.goto('/portal/login');
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, EN, demoEmail('student'));
      await page
        .getByRole('heading', { level: 1, name: `Hello, ${student.name.split(' ')[0]}` })
        .waitFor();
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Receipts', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Payments & receipts' }).waitFor();
      const card = page.getByRole('article', { name: `Receipt ${receipt.displayNumber}` });
      await card.getByText('TRY 600.00', { exact: true }).waitFor();
      const link = card.getByRole('link', { name: `Download ${receipt.displayNumber} as PDF` });
      const href = await link.getAttribute('href');
      expect(href).toBe(receipt.pdfUrl);
      const pdf = await page.request.get(href!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await screenshot(page, 'payments-portal-receipt');
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
