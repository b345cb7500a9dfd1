import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DESK,
  EN,
  PHONE,
  animationsSettled,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from '../support/browser';
import { graphql, onboardedCustomer, tokenFor, uniqueEmail } from '../support/graphql';

// Packages: the desk sells the Akyaka kite course to a new student on their customer page and
// sees 10 hours left; a gift package is sold to someone else with a code; on a phone the student
// finds the course under Packages and redeems the gift code typed as a person would.
const baseUrl = inject('baseUrl');
const PASSWORD = 'ten hours on the lagoon';
const COURSE = /10-hour kite course/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** True when the page is no wider than the window: nothing to scroll sideways on a phone. */
const fitsTheWindow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('packages', () => {
  it('the desk sells a course, the student sees its hours and redeems a gift code in the portal', async () => {
    const manager = await tokenFor(baseUrl, demoEmail('manager'), DEMO_PASSWORD);
    const email = uniqueEmail('packages');
    const student = await onboardedCustomer(baseUrl, {
      email,
      password: PASSWORD,
      name: 'Derya Aydın',
    });
    const me = await graphql<{ me: { customer: { id: string } } }>(
      baseUrl,
      '{ me { customer { id } } }',
      {},
      student.token,
    );
    const customerId = me.me.customer.id;

    // 1. The desk sells the course on the student's page.
    {
      const { page, context, problems } = await openPage(browser, baseUrl, { viewport: DESK });
      await page.goto('/admin/login');
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, EN, demoEmail('manager'));
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      await page.goto(`/admin/customers/${customerId}`);
      const panel = page.getByRole('region', { name: 'Packages', exact: true });
      await panel.getByText(/No packages yet/).waitFor();
      await panel.getByRole('button', { name: 'Sell a package' }).click();
      const dialog = page.getByRole('dialog', { name: 'Sell a package' });
      await expect
        .poll(() => dialog.getByLabel('Location').inputValue())
        .toBe('Akyaka Kite Center');
      await dialog.getByLabel(/^Package/).click();
      await page.getByRole('option', { name: COURSE }).click();
      await dialog.getByText('Valid 90 days from today').waitFor();
      await dialog.getByText('Card', { exact: true }).click();
      expect(await dialog.getByRole('radio', { name: 'Card' }).isChecked()).toBe(true);
      await animationsSettled(page);
      await screenshot(page, 'packages-sell-desk');
      await dialog.getByRole('button', { name: /^Take / }).click();
      await page.getByText('Package sold', { exact: true }).waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await panel.getByText('10 h left of 10 h').waitFor();
      await panel.getByText('Active', { exact: true }).waitFor();
      await screenshot(page, 'packages-panel-desk');
      expect(problems).toEqual([]);
      await context.close();
    }

    // 2. Someone buys a taster lesson as a gift (through the API, as the desk would).
    const packages = await graphql<{
      packages: Array<{ id: string; gift: boolean; location: { name: string } }>;
    }>(baseUrl, '{ packages { id gift location { name } } }', {}, manager);
    const gift = packages.packages.find((p) => p.gift && p.location.name === 'Akyaka Kite Center')!;
    const buyer = await graphql<{ customers: { edges: Array<{ node: { id: string } }> } }>(
      baseUrl,
      '{ customers(first: 1) { edges { node { id } } } }',
      {},
      manager,
    );
    const sold = await graphql<{ sellPackage: { voucher: { code: string } } }>(
      baseUrl,
      `
        mutation ($i: SellPackageInput!) {
          sellPackage(input: $i) {
            voucher {
              code
            }
          }
        }
      `,
      {
        i: {
          packageId: gift.id,
          buyerId: buyer.customers.edges[0]!.node.id,
          method: 'CASH',
          idempotencyKey: `e2e-gift-${email}`,
          asGift: { recipientName: 'Derya' },
        },
      },
      manager,
    );
    const code = sold.sellPackage.voucher.code;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    // 3. The student, on a phone: the course's hours, then the gift code redeemed.
    {
      const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });
      await page.goto('/portal/login');
      await signIn(page, EN, email, PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Hello, Derya' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Packages', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'My packages' }).waitFor();
      const course = page.getByRole('article', { name: COURSE });
      await course.getByText('10 hours left').waitFor();
      await course.getByText(/^Valid until /).waitFor();
      expect(await fitsTheWindow(page)).toBe(true);
      await screenshot(page, 'packages-portal-phone');

      await page.getByLabel(/^Code/).fill(code.toLowerCase().replace(/-/g, ' '));
      await page.getByRole('button', { name: 'Redeem', exact: true }).click();
      await page.getByText(/is now yours\. Its days start today\./).waitFor();
      await page
        .getByRole('article', { name: /taster lesson/ })
        .getByText('2 hours left')
        .waitFor();
      // A second try says it was used.
      await page.getByLabel(/^Code/).fill(code);
      await page.getByRole('button', { name: 'Redeem', exact: true }).click();
      await page.getByText('This code has already been redeemed.').waitFor();
      await screenshot(page, 'packages-portal-redeemed-phone');
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
