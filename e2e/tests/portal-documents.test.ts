import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EN, PHONE, launchBrowser, openPage, screenshot, signIn } from '../support/browser';
import { graphql, onboardedCustomer, uniqueEmail } from '../support/graphql';

// "My documents" on the portal profile, on a phone: a new student uploads a PDF to their own
// record, downloads the same bytes, sees a mislabelled file refused in words, and removes it.
// Another student cannot fetch it by its address (404, as for a document that does not exist).
const baseUrl = inject('baseUrl');
const PASSWORD = 'a quiet bay at sunrise';
let browser: Browser;

const suffix = Math.random().toString(36).slice(2, 8);
const title = `IKO card ${suffix}`;

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
});

afterAll(async () => {
  await browser?.close();
});

async function newStudent(name: string) {
  const email = uniqueEmail('documents');
  const { token } = await onboardedCustomer(baseUrl, { email, password: PASSWORD, name });
  return { email, token };
}

async function myDocumentTitles(token: string): Promise<string[]> {
  const data = await graphql<{ me: { customer: { documents: { title: string }[] } } }>(
    baseUrl,
    '{ me { customer { documents { title } } } }',
    {},
    token,
  );
  return data.me.customer.documents.map((document) => document.title);
}

/** True when the page is no wider than the window: nothing to scroll sideways on a phone. */
const fitsTheWindow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

async function chooseFile(page: Page, name: string, buffer: Buffer, mimeType: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose file' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType, buffer });
}

const fetchAs = (token: string, href: string) =>
  fetch(`${baseUrl}${href}`, { headers: { authorization: `Bearer ${token}` } });

describe('portal: my documents on a phone', () => {
  it('uploads a PDF, downloads the same bytes, refuses a mislabelled file, removes it; another student gets 404', async () => {
    const owner = await newStudent('Deniz Kaya');
    const other = await newStudent('Mert Aydın');
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });

    await page.goto('/portal/login');
    await signIn(page, EN, owner.email, PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Hello, Deniz' }).waitFor();
    await page.goto('/portal/profile');
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();

    const section = page.getByRole('region', { name: 'My documents', exact: true });
    await section.getByText('Only you and the school’s staff can see these files.').waitFor();
    await section.getByText(/^No documents yet\./).waitFor();
    const form = section.getByRole('form', { name: 'Add a document' });

    // A Word file is named as refused at once, and cannot be sent.
    await chooseFile(page, 'notes.docx', Buffer.from('PK'), 'application/msword');
    await form
      .getByRole('alert')
      .getByText('Only PDF, JPEG, PNG, WebP and HEIC files can be uploaded.')
      .waitFor();
    expect(await form.getByRole('button', { name: 'Upload' }).isDisabled()).toBe(true);

    // A picture named .pdf passes the browser's checks; the API refuses it by its content.
    await chooseFile(page, 'not-really.pdf', png, 'application/pdf');
    await form.getByRole('button', { name: 'Upload' }).click();
    await form
      .getByRole('alert')
      .getByText('The file’s content does not match its type.', { exact: false })
      .waitFor();
    expect(await myDocumentTitles(owner.token)).toEqual([]);

    // The real PDF, as a certificate with a title.
    await form.getByLabel('Kind').selectOption({ label: 'Certificate (e.g. IKO card)' });
    await form.getByLabel('Title (optional)').fill(title);
    await chooseFile(page, 'iko-card.pdf', pdf, 'application/pdf');
    await form.getByText(/^Chosen: iko-card\.pdf/).waitFor();
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.getByRole('button', { name: 'Upload' }).click();
    await page.getByText(`${title} was added.`).waitFor();

    const link = section.getByRole('link', { name: `Download ${title}` });
    await link.waitFor();
    const row = section.getByRole('listitem').filter({ hasText: title });
    await row.getByText('Certificate', { exact: true }).waitFor();
    await row.getByText('iko-card.pdf', { exact: true }).waitFor();
    await row.getByText(/^\d+ byte · /).waitFor();
    expect(await form.getByText('No file chosen').count()).toBe(1);
    expect(await myDocumentTitles(owner.token)).toEqual([title]);
    expect(await fitsTheWindow(page)).toBe(true);
    await screenshot(page, 'portal-documents-en');

    // The browser downloads exactly the bytes uploaded, under the file's own name.
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('iko-card.pdf');
    expect((await readFile((await download.path())!)).equals(pdf)).toBe(true);
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/files\/documents\/[0-9a-f-]{36}$/);

    // Its owner can fetch it by address; another student is told it does not exist.
    expect((await fetchAs(owner.token, href)).status).toBe(200);
    const refused = await fetchAs(other.token, href);
    expect(refused.status).toBe(404);
    expect(Buffer.from(await refused.arrayBuffer()).includes(Buffer.from(suffix))).toBe(false);

    // Cancel keeps it; "Remove document" deletes it, from the list and from the server.
    await row.getByRole('button', { name: `Remove ${title}` }).click();
    const confirm = page.getByRole('dialog', { name: `Remove ${title}?` });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await myDocumentTitles(owner.token)).toEqual([title]);

    await row.getByRole('button', { name: `Remove ${title}` }).click();
    await confirm.getByRole('button', { name: 'Remove document' }).click();
    await page.getByText(`${title} was removed.`).waitFor();
    await link.waitFor({ state: 'detached' });
    await section.getByText(/^No documents yet\./).waitFor();
    expect(await myDocumentTitles(owner.token)).toEqual([]);
    expect((await fetchAs(owner.token, href)).status).toBe(404);

    // The same section in Turkish.
    await page
      .getByRole('region', { name: 'Preferences', exact: true })
      .getByRole('button', { name: 'Türkçe' })
      .click();
    const belgelerim = page.getByRole('region', { name: 'Belgelerim', exact: true });
    await belgelerim
      .getByText('Bu dosyaları yalnızca siz ve okulun personeli görebilir.')
      .waitFor();
    await belgelerim.getByRole('button', { name: 'Dosya seç' }).waitFor();
    expect(await fitsTheWindow(page)).toBe(true);
    await screenshot(page, 'portal-documents-tr');

    // The refused upload's 415 is the browser's console line, not a fault of the page.
    expect(problems.filter((problem) => !/status of 415/.test(problem))).toEqual([]);
    await context.close();
  });
});
