import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESK,
  EN,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every entry of the admin menu, as an administrator sees it. */
const ADMIN_MENU = [
  'Dashboard',
  'Calendar',
  'New booking',
  'Rentals',
  'Agenda',
  'Locations',
  'Catalog',
  'Equipment',
  'Maintenance',
  'Finance',
  'Invoices & receipts',
  'Payments',
  'Vouchers',
  'Exchange rates',
  'Reconciliation',
  'Customers',
  'Instructors',
  'Import',
  'Users',
  'Invitations',
  'API keys',
  'Legal documents',
  'Audit log',
] as const;

const staff = [
  { role: 'admin', sees: ADMIN_MENU, hidden: [] },
  {
    role: 'manager',
    sees: [
      'Dashboard',
      'Calendar',
      'New booking',
      'Rentals',
      'Agenda',
      'Locations',
      'Catalog',
      'Equipment',
      'Maintenance',
      'Finance',
      'Invoices & receipts',
      'Payments',
      'Vouchers',
      'Exchange rates',
      'Reconciliation',
      'Customers',
      'Instructors',
      'Import',
    ],
    hidden: [
      'Teaching profile',
      'Users',
      'Invitations',
      'API keys',
      'Legal documents',
      'Audit log',
    ],
  },
  {
    role: 'instructor',
    // Instructors read the rental desk and the gear; the maintenance board is management's.
    sees: ['Dashboard', 'Rentals', 'Agenda', 'Locations', 'Equipment', 'Teaching profile'],
    hidden: [
      'Calendar',
      'New booking',
      'Catalog',
      'Maintenance',
      'Finance',
      'Invoices & receipts',
      'Payments',
      'Vouchers',
      'Exchange rates',
      'Reconciliation',
      'Customers',
      'Instructors',
      'Import',
      'Users',
      'Invitations',
      'API keys',
      'Legal documents',
      'Audit log',
    ],
  },
] as const;

/** Signs in on the admin app's sign-in page, in English. */
async function signInToAdmin(page: Page, role: Parameters<typeof demoEmail>[0]) {
  await page.goto('/admin/login');
  await page.getByRole('button', { name: 'English' }).click();
  await signIn(page, EN, demoEmail(role));
}

const menuLinks = (page: Page) =>
  page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link');

describe('each role sees its own navigation', () => {
  it.each(staff)('$role: the admin menu offers what the role may open', async (entry) => {
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: DESK });
    await signInToAdmin(page, entry.role);
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();

    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const label of entry.sees) {
      await nav.getByRole('link', { name: label, exact: true }).waitFor();
    }
    for (const label of entry.hidden) {
      expect(await nav.getByRole('link', { name: label, exact: true }).count(), label).toBe(0);
    }
    expect(await menuLinks(page).allInnerTexts()).toEqual([...entry.sees]);
    await screenshot(page, `roles-admin-menu-${entry.role}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('instructor: a direct link to an admin-only page says "No access"', async () => {
    const { page, context } = await openPage(browser, baseUrl, { viewport: DESK });
    await page.goto('/admin/audit');
    await page.waitForURL('**/admin/login');
    await page.getByRole('button', { name: 'English' }).click();
    await signIn(page, EN, demoEmail('instructor'));
    await page.waitForURL('**/admin/audit');
    await page.getByText('No access', { exact: true }).waitFor();
    await context.close();
  });

  it.each(['student', 'customer'] as const)(
    '%s: signing in to the admin app ends up in the portal, with the portal navigation',
    async (role) => {
      const { page, context, problems } = await openPage(browser, baseUrl, { viewport: DESK });
      await signInToAdmin(page, role);

      // The staff-only notice explains, then forwards by itself.
      await page.getByRole('heading', { name: 'This app is for staff' }).waitFor();
      await page.getByText(/^Taking you to the portal in \d s…$/).waitFor();
      await page.waitForURL(/\/portal\/?$/, { timeout: 15_000 });

      // Same origin, same session: the portal opens signed in.
      await page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      await nav.getByRole('link', { name: 'Home', exact: true }).waitFor();
      await nav.getByRole('link', { name: 'Profile', exact: true }).waitFor();
      expect(await menuLinks(page).allInnerTexts()).toEqual([
        'Home',
        'Book',
        'My bookings',
        'Packages',
        'Receipts',
        'Profile',
      ]);
      await screenshot(page, `roles-portal-menu-${role}`);
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
