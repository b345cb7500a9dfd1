import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESK,
  PHONE,
  animationsSettled,
  launchBrowser,
  openPage,
  screenshot,
  signInToAdmin,
  type TrackedPage,
} from '../support/browser';
import { uniqueEmail } from '../support/graphql';

// Customer records as the front desk keeps them: a manager creates one, adds a child, is
// warned of a duplicate, and finds the record again through a misspelled search. Never
// publishes legal documents: every other test's accounts would have to accept again.
const baseUrl = inject('baseUrl');
let browser: Browser;
/** One manager's session for the whole file: sign-ins are rate limited per account. */
let manager: TrackedPage;

/** A suffix that makes this run's names unique in the shared database. */
const suffix = Math.random().toString(36).slice(2, 8);
const customerName = `Şebnem Karaağaç ${suffix}`;
const childName = `Deniz Karaağaç ${suffix}`;
const customerEmail = uniqueEmail('sebnem');
const RECORD_URL = /\/admin\/customers\/[0-9a-f-]{36}(\?.*)?$/;

beforeAll(async () => {
  browser = await launchBrowser();
  manager = await openPage(browser, baseUrl, { viewport: DESK });
  await signInToAdmin(manager.page, 'manager');
});

afterAll(async () => {
  await manager?.context.close();
  await browser?.close();
});

describe('admin: customer records', () => {
  it('creates a customer, adds a family member, and finds them with a misspelled search', async () => {
    const { page, problems } = manager;

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Customers', exact: true })
      .click();
    await page.waitForURL('**/admin/customers');
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await page.locator('tbody tr a').first().waitFor(); // the demo school's records

    // Quick-create from the list.
    await page.getByRole('button', { name: 'New customer' }).click();
    const create = page.getByRole('dialog', { name: 'New customer' });
    await create.getByRole('textbox', { name: /^Full name/ }).fill(customerName);
    await create.getByRole('textbox', { name: /^Email/ }).fill(customerEmail);
    await create.getByLabel(/^Birth date/).fill('1988-03-14');
    await create.getByLabel(/^Tags/).fill('vip');
    await create.getByLabel(/^Tags/).press('Enter');
    await create.getByRole('button', { name: 'Create customer' }).click();
    await page.waitForURL(RECORD_URL);
    const recordUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: customerName }).waitFor();
    expect(await page.getByRole('textbox', { name: /^Email/ }).inputValue()).toBe(customerEmail);

    // A child of theirs, on the Family tab.
    await page.getByRole('tab', { name: /^Family/ }).click();
    await page.waitForURL(/[?&]tab=family/);
    await page.getByText('No family members yet.').waitFor();
    await page.getByRole('button', { name: 'Add family member' }).click();
    const family = page.getByRole('dialog', { name: 'Add family member' });
    await family.getByRole('textbox', { name: /^Full name/ }).fill(childName);
    await family.getByLabel(/^Birth date/).fill('2016-07-02');
    await family.getByRole('button', { name: 'Add family member' }).click();
    await page.getByText(`${childName} was added to the family.`).waitFor();
    await family.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: childName, exact: true }).waitFor();
    await screenshot(page, 'admin-customer-family-en');

    // A second record with the same email: the dialog points at the existing one instead.
    await page.getByRole('link', { name: 'All customers' }).click();
    await page.waitForURL('**/admin/customers');
    await page.getByRole('button', { name: 'New customer' }).click();
    const again = page.getByRole('dialog', { name: 'New customer' });
    await again.getByRole('textbox', { name: /^Email/ }).fill(customerEmail.toUpperCase());
    await again.getByText(`Possible duplicate: ${customerName}.`).waitFor();
    await animationsSettled(page);
    await screenshot(page, 'admin-customer-duplicate-hint-en');
    await again.getByRole('link', { name: `Open ${customerName}’s record` }).click();
    await page.waitForURL(`**${recordUrl}`);
    await again.waitFor({ state: 'hidden' });

    // Found again without the Turkish letters, as someone types on a foreign keyboard.
    await page.getByRole('link', { name: 'All customers' }).click();
    await page.waitForURL('**/admin/customers');
    await page.getByRole('searchbox', { name: 'Search' }).fill(`Sebnem Karaagac ${suffix}`);
    await page.waitForURL(/[?&]q=Sebnem/);
    const match = page.locator('tbody tr').first();
    await match.getByRole('link', { name: customerName, exact: true }).waitFor();
    await match.getByText('vip', { exact: true }).waitFor();
    await screenshot(page, 'admin-customers-search-en');
    await match.getByRole('link', { name: customerName, exact: true }).click();
    await page.waitForURL(`**${recordUrl}`);
    await page.getByRole('heading', { level: 1, name: customerName }).waitFor();
    await page.getByRole('tab', { name: /^Family/ }).click();
    await page.getByRole('link', { name: childName, exact: true }).waitFor();

    // The child's own record names its guardian.
    await page.getByRole('link', { name: childName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: childName }).waitFor();
    await page.getByRole('tab', { name: /^Family/ }).click();
    await page.getByRole('link', { name: customerName, exact: true }).waitFor();

    expect(problems).toEqual([]);
  });

  it('edits a profile field by field and merges a duplicate into the record', async () => {
    const { page, problems } = manager;
    const phone = `+90 532 ${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const [survivor, duplicate] = [`Meltem Öztürk ${suffix}`, `Meltem Ozturk ${suffix}`];
    // Two records of one person, as two desks might have typed them (the manager's session).
    const ids: string[] = [];
    for (const name of [survivor, duplicate]) {
      ids.push(
        await page.evaluate(
          async ({ name, phone }) => {
            const response = await fetch('/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                query:
                  'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
                variables: { input: { name, phone } },
              }),
            });
            const body = (await response.json()) as { data: { createCustomer: { id: string } } };
            return body.data.createCustomer.id;
          },
          { name, phone },
        ),
      );
    }

    await page.goto(`/admin/customers/${ids[0]}`);
    await page.getByRole('heading', { level: 1, name: survivor }).waitFor();
    // A refused field is marked where it is; only the changed fields are sent.
    await page.getByRole('textbox', { name: 'Emergency contact phone' }).fill('call the hotel');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Check the phone number: digits, spaces and + ( ) - only.').waitFor();
    await page.getByRole('textbox', { name: 'Emergency contact phone' }).fill('+90 252 111 22 33');
    await page.getByRole('textbox', { name: 'Staff notes' }).fill('Prefers morning lessons.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(`Changes to ${survivor} saved.`).waitFor();
    expect(await page.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);

    await page.getByRole('tab', { name: /^Duplicates/ }).click();
    await page.getByRole('link', { name: duplicate, exact: true }).waitFor();
    await page.getByRole('button', { name: `Merge ${duplicate} into this record` }).click();
    const confirm = page.getByRole('dialog', { name: `Merge ${duplicate} into this record?` });
    await confirm.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByText(`${duplicate} was merged into this record.`).waitFor();
    await page.getByText('No other record has this email or phone number.').waitFor();

    await page.goto(`/admin/customers/${ids[1]}`);
    await page.getByText(`Merged into ${survivor}`).waitFor();
    expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await screenshot(page, 'admin-customer-merged-en');
    await page.getByRole('link', { name: `Open ${survivor}` }).click();
    await page.waitForURL(`**/admin/customers/${ids[0]}`);
    await page.getByRole('heading', { level: 1, name: survivor }).waitFor();
    expect(problems).toEqual([]);
  });

  it('lists customers on a phone, each opening its record', async () => {
    const phone = await openPage(browser, baseUrl, { viewport: PHONE });
    try {
      // The manager's session, in a phone-sized window of its own; a demo school record.
      await phone.context.addCookies(await manager.context.cookies());
      await phone.page.goto('/admin/customers?q=Ada%20Arslan');
      await phone.page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
      const item = phone.page.getByRole('link', { name: /^Ada Arslan/ }).first();
      await item.waitFor();
      expect(await phone.page.locator('table').count()).toBe(0);
      await screenshot(phone.page, 'admin-customers-phone-en');
      await item.click();
      await phone.page.waitForURL(RECORD_URL);
      await phone.page.getByRole('heading', { level: 1, name: /^Ada Arslan/ }).waitFor();
      await phone.page.getByRole('tab', { name: /^Profile/ }).waitFor();
      await screenshot(phone.page, 'admin-customer-profile-phone-en');
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
