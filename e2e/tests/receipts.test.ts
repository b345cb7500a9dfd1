import { readFile } from 'node:fs/promises';
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
} from '../support/browser';
import { graphql, locationsAs, onboardedCustomer, tokenFor, uniqueEmail } from '../support/graphql';
import { readLatestMail } from '../support/mail';

// Receipts: the desk takes a payment for a new student; the receipt is numbered, mailed with
// its PDF attached, found by the student in the portal on a phone (the PDF downloads for them,
// not for another student), and found by a manager under Finance → Invoices & receipts, who
// mails it again to an accountant.
const baseUrl = inject('baseUrl');
const PASSWORD = 'a long reach on the lagoon';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const fetchAs = (token: string, href: string) =>
  fetch(`${baseUrl}${href}`, { headers: { authorization: `Bearer ${token}` } });

/** True when the page is no wider than the window: nothing to scroll sideways on a phone. */
const fitsTheWindow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('receipts', () => {
  it('a payment’s receipt is mailed with its PDF, found in the portal and under Finance', async () => {
    const manager = await tokenFor(baseUrl, demoEmail('manager'), DEMO_PASSWORD);
    const email = uniqueEmail('receipts');
    const student = await onboardedCustomer(baseUrl, {
      email,
      password: PASSWORD,
      name: 'Selin Koç',
    });
    const other = await onboardedCustomer(baseUrl, {
      email: uniqueEmail('receipts-other'),
      password: PASSWORD,
      name: 'Kerem Aksoy',
    });
    const me = await graphql<{ me: { customer: { id: string } } }>(
      baseUrl,
      '{ me { customer { id } } }',
      {},
      student.token,
    );
    const akyaka = (await locationsAs(baseUrl, manager)).find((l) => l.currency === 'TRY')!;

    // The desk takes ₺1.234,00 on account.
    const paid = await graphql<{
      recordPayment: { receipt: { id: string; displayNumber: string; pdfUrl: string } };
    }>(
      baseUrl,
      `
        mutation ($i: RecordPaymentInput!) {
          recordPayment(input: $i) {
            receipt {
              id
              displayNumber
              pdfUrl
            }
          }
        }
      `,
      {
        i: {
          customerId: me.me.customer.id,
          locationId: akyaka.id,
          amount: { amountMinor: 123_400, currency: 'TRY' },
          method: 'CARD',
          idempotencyKey: `e2e-receipt-${email}`,
        },
      },
      manager,
    );
    const receipt = paid.recordPayment.receipt;
    expect(receipt.displayNumber).toMatch(/^AKY-R-\d{4}-\d{6}$/);

    // The mail carries the PDF.
    const mail = await readLatestMail(email, {
      where: (m) => m.subject.includes(receipt.displayNumber),
    });
    expect(mail.text).toContain('1,234.00');
    const raw = await readFile(mail.file, 'utf8');
    expect(raw).toContain(`Content-Type: application/pdf; name=${receipt.displayNumber}.pdf`);

    // The student finds it on a phone, under Receipts.
    {
      const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });
      await page.goto('/portal/login');
      await signIn(page, EN, email, PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Hello, Selin' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Receipts', exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Payments & receipts' }).waitFor();
      const card = page.getByRole('article', { name: `Receipt ${receipt.displayNumber}` });
      await card.getByText('TRY 1,234.00').waitFor();
      await card.getByText('Payment on account').waitFor();
      await card.getByText('Akyaka Kite Center').waitFor();
      const link = card.getByRole('link', { name: `Download ${receipt.displayNumber} as PDF` });
      expect(await link.getAttribute('href')).toBe(receipt.pdfUrl);
      expect(await fitsTheWindow(page)).toBe(true);
      await screenshot(page, 'receipts-portal-phone');
      expect(problems).toEqual([]);
      await context.close();
    }
    const own = await fetchAs(student.token, receipt.pdfUrl);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await fetchAs(other.token, receipt.pdfUrl)).status).toBe(404);
    expect((await fetch(`${baseUrl}${receipt.pdfUrl}`)).status).toBe(401);

    // A manager finds it under Finance and mails it to an accountant.
    {
      const { page, context, problems } = await openPage(browser, baseUrl, { viewport: DESK });
      await page.goto('/admin/login');
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, EN, demoEmail('manager'));
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Invoices & receipts' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Invoices & receipts' }).waitFor();
      await page.getByLabel('Search', { exact: true }).fill(receipt.displayNumber);
      const row = page.getByRole('row').filter({ hasText: receipt.displayNumber });
      await row.getByText('Selin Koç').waitFor();
      await page.getByText('1 document', { exact: true }).waitFor();
      expect(
        await row
          .getByRole('link', { name: `PDF of ${receipt.displayNumber}` })
          .getAttribute('href'),
      ).toBe(receipt.pdfUrl);
      await row.getByRole('button', { name: `Resend ${receipt.displayNumber}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Mail again' });
      await dialog.getByText(`To the customer: ${email}`).waitFor();
      await dialog.getByLabel('Send to another address').check();
      const accountant = uniqueEmail('accountant');
      await dialog.getByLabel('Email address').fill(accountant);
      await dialog.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByText(`${receipt.displayNumber} is on its way to ${accountant}.`).waitFor();
      await screenshot(page, 'receipts-admin-desk');
      const again = await readLatestMail(accountant);
      expect(again.subject).toContain(receipt.displayNumber);
      expect(await readFile(again.file, 'utf8')).toContain('Content-Type: application/pdf');
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
