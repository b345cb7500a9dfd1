import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESK,
  launchBrowser,
  openPage,
  screenshot,
  signInToAdmin,
  type TrackedPage,
} from '../support/browser';

// Documents on a customer record, as the front desk keeps them: a manager uploads a scanned
// certificate to a demo customer, downloads it back byte for byte, sees a mislabelled file
// refused, removes the document, and reads all of it on the record's History tab.
const baseUrl = inject('baseUrl');
let browser: Browser;
let manager: TrackedPage;

const suffix = Math.random().toString(36).slice(2, 8);
const title = `IKO card ${suffix}`;
const RECORD_URL = /\/admin\/customers\/[0-9a-f-]{36}(\?.*)?$/;

/** A small but complete one-page PDF, with this run's suffix in it. */
const pdf = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj',
    `% ${suffix}`,
    'trailer<</Root 1 0 R>>',
    '%%EOF',
    '',
  ].join('\n'),
  'latin1',
);
/** A PNG signature: an image, whatever its name says. */
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
]);

beforeAll(async () => {
  browser = await launchBrowser();
  manager = await openPage(browser, baseUrl, { viewport: DESK });
  await signInToAdmin(manager.page, 'manager');
});

afterAll(async () => {
  await manager?.context.close();
  await browser?.close();
});

/** Picks a file through the Documents tab's "Choose file" button, as a person would. */
async function chooseFile(
  page: TrackedPage['page'],
  name: string,
  buffer: Buffer,
  mimeType: string,
) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose file' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType, buffer });
}

describe('admin: customer documents', () => {
  it('uploads a PDF to a demo customer, downloads it, removes it, and shows both in the history', async () => {
    const { page, problems } = manager;

    await page.goto('/admin/customers?q=Mehmet%20Demir');
    await page.getByRole('heading', { level: 1, name: 'Customers' }).waitFor();
    await page
      .getByRole('link', { name: /^Mehmet Demir/ })
      .first()
      .click();
    await page.waitForURL(RECORD_URL);
    const recordPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: /^Mehmet Demir/ }).waitFor();

    await page.getByRole('tab', { name: 'Documents' }).click();
    await page.waitForURL(/[?&]tab=documents/);
    const form = page.getByRole('region', { name: 'Add a document' });
    await form.getByRole('combobox', { name: /^Kind/ }).click();
    await page.getByRole('option', { name: 'Certificate' }).click();
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await chooseFile(page, 'iko-card.pdf', pdf, 'application/pdf');
    await form.getByText(/^Chosen: iko-card\.pdf \(/).waitFor();
    await form.getByRole('button', { name: 'Upload' }).click();
    await page.getByText(`${title} was added.`).waitFor();

    const list = page.getByRole('region', { name: 'Documents' });
    const link = list.getByRole('link', { name: `Download ${title}` });
    await link.waitFor();
    await list.getByText('Certificate', { exact: true }).first().waitFor();
    await list
      .getByText(/^iko-card\.pdf · /)
      .first()
      .waitFor();
    await list
      .getByText(/^Uploaded by /)
      .first()
      .waitFor();
    await screenshot(page, 'admin-customer-documents-en');

    // The browser downloads exactly the bytes uploaded, under the file's own name.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('iko-card.pdf');
    const downloaded = await readFile((await download.path())!);
    expect(downloaded.equals(pdf)).toBe(true);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/files\/documents\/[0-9a-f-]{36}$/);

    // A picture named .pdf is refused by its content; nothing is added.
    await chooseFile(page, 'not-really.pdf', png, 'application/pdf');
    await form.getByRole('button', { name: 'Upload' }).click();
    await form
      .getByRole('alert')
      .getByText('The file’s content does not match its type.', { exact: false })
      .waitFor();
    expect(await list.getByText(/^not-really\.pdf/).count()).toBe(0);
    expect(await list.getByRole('link', { name: `Download ${title}` }).count()).toBe(1);

    // Removed after asking: gone from the list and from the server.
    await list.getByRole('button', { name: `Remove ${title}` }).click();
    const confirm = page.getByRole('dialog', { name: `Remove ${title}?` });
    await confirm.getByRole('button', { name: 'Remove document' }).click();
    await page.getByText(`${title} was removed.`).waitFor();
    await confirm.waitFor({ state: 'hidden' });
    await link.waitFor({ state: 'detached' });
    const cookie = (await manager.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    expect((await fetch(`${baseUrl}${href}`, { headers: { cookie } })).status).toBe(404);

    // The record's timeline has both, newest first, naming who did it.
    await page.getByRole('tab', { name: 'History' }).click();
    await page.waitForURL(`**${recordPath}?tab=history`);
    const timeline = page.getByRole('region', { name: 'History' });
    await timeline.getByText(`Document removed: ${title}`).waitFor();
    await timeline.getByText(`Document added: ${title}`).waitFor();
    await timeline.getByText(/^by /).first().waitFor();
    await screenshot(page, 'admin-customer-history-en');

    // The refused upload's 415 is the only error the console saw.
    expect(problems.filter((p) => !/status of 415/.test(p))).toEqual([]);
  });
});
