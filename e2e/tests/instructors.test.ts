import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESK,
  TR,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  signInToAdmin,
  type TrackedPage,
} from '../support/browser';

// Instructor profiles as a manager keeps them: an administrator opens a demo instructor, gives
// them Thursday morning hours at a second location, a certificate (issuer, name, number) that
// expires next month and a few days off, finds all of it again after a reload, and sees the
// certificate flagged in the list.
const baseUrl = inject('baseUrl');
let browser: Browser;
let admin: TrackedPage;

/** A suffix that makes this run's texts unique in the shared database. */
const suffix = Math.random().toString(36).slice(2, 8);
const certificateName = `Instructor Level 2 ${suffix}`;
const certificateNumber = `IKO-${suffix.toUpperCase()}`;
const reason = `Family holiday ${suffix}`;
const INSTRUCTOR = 'Lucía García'; // a demo instructor at Tarifa
const PROFILE_URL = /\/admin\/instructors\/[0-9a-f-]{36}(\?.*)?$/;

const DAY_MS = 86_400_000;
/** A date `days` from today (UTC, as the API counts), YYYY-MM-DD. */
const dateIn = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const expiresOn = dateIn(30);

/**
 * The 10th and 12th of next month as the date picker names its days: "10 January 2027",
 * "10 Ocak 2027".
 */
function nextMonthDays(locale = 'en-GB') {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const month = first.toLocaleString(locale, { month: 'long', timeZone: 'UTC' });
  const year = first.getUTCFullYear();
  return { from: `10 ${month} ${year}`, to: `12 ${month} ${year}` };
}

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await openPage(browser, baseUrl, { viewport: DESK });
  await signInToAdmin(admin.page, 'admin');
});

afterAll(async () => {
  await admin?.context.close();
  await browser?.close();
});

describe('admin: instructors', () => {
  it('adds hours, a certificate and time off to a demo instructor, kept after a reload and flagged in the list', async () => {
    const { page, problems } = admin;

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Instructors', exact: true })
      .click();
    await page.waitForURL('**/admin/instructors');
    await page.getByRole('heading', { level: 1, name: 'Instructors' }).waitFor();
    await page.getByRole('link', { name: INSTRUCTOR, exact: true }).click();
    await page.waitForURL(PROFILE_URL);
    const profileUrl = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: INSTRUCTOR }).waitFor();

    // Thursday 09:00–13:00 at Akyaka, a location she does not work at yet (Istanbul time).
    await page.getByRole('tab', { name: 'Working hours' }).click();
    await page.getByRole('heading', { name: 'Weekly hours at Tarifa Kite & Wing' }).waitFor();
    await page.getByRole('combobox', { name: 'Location' }).click();
    await page.getByRole('option', { name: 'Akyaka Kite Center (add hours here)' }).click();
    await page.getByRole('heading', { name: 'Weekly hours at Akyaka Kite Center' }).waitFor();
    await page.getByText(/^Times in Europe\/Istanbul/).waitFor();
    const thursday = page.getByRole('listitem', { name: 'Thursday' });
    await thursday.getByText('Day off').waitFor();
    await thursday.getByRole('button', { name: 'Add range on Thursday' }).click();
    await page.getByLabel('Thursday, range 1: from').fill('09:00');
    await page.getByLabel('Thursday, range 1: to').fill('13:00');
    // A second range ending before it starts is caught before anything is sent.
    await thursday.getByRole('button', { name: 'Add range on Thursday' }).click();
    await page.getByLabel('Thursday, range 2: from').fill('15:00');
    await page.getByLabel('Thursday, range 2: to').fill('14:00');
    await thursday.getByText('The end must be after the start, on the same day.').waitFor();
    await page.getByRole('button', { name: 'Remove Thursday, range 2' }).click();
    await page.getByRole('button', { name: 'Save hours' }).click();
    await page.getByText('Hours at Akyaka Kite Center saved.').waitFor();
    await screenshot(page, 'instructors-hours');

    // A certificate that expires next month.
    await page.getByRole('tab', { name: /^Certificates/ }).click();
    await page.getByRole('button', { name: 'Add certificate' }).click();
    const dialog = page.getByRole('dialog', { name: 'New certificate' });
    await dialog.getByRole('textbox', { name: /^Issuer/ }).fill('IKO');
    await dialog.getByRole('textbox', { name: /^Certificate number/ }).fill(certificateNumber);
    await dialog.getByRole('textbox', { name: /^Certificate name/ }).fill(certificateName);
    await dialog.getByRole('textbox', { name: /^Level/ }).fill('Level 2');
    await dialog.getByLabel(/^Expires on/).fill(expiresOn);
    await dialog.getByRole('button', { name: 'Add certificate' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const certRow = page.getByRole('row').filter({ hasText: certificateName });
    await certRow.getByText('Expires in 30 days').waitFor();
    await page.getByText(`IKO ${certificateName} saved.`).waitFor();

    // Three days off next month, whole days, in the time of her first location.
    await page.getByRole('tab', { name: 'Time off' }).click();
    await page
      .getByText(/^Dates and times in Europe\/Istanbul|^Time zone/)
      .first()
      .waitFor();
    const days = nextMonthDays();
    await page.getByRole('button', { name: /^Days/ }).click();
    await page.getByRole('button', { name: 'Next month' }).click();
    await page.getByRole('button', { name: days.from, exact: true }).click();
    await page.getByRole('button', { name: days.to, exact: true }).click();
    await page.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await page.getByRole('button', { name: 'Add time off' }).click();
    await page.getByText('Time off added.').waitFor();
    const timeOffList = page.getByRole('list', { name: 'Time off' });
    await timeOffList.getByText(reason).waitFor();
    await screenshot(page, 'instructors-time-off');

    // Everything is still there after a reload.
    await page.goto(`/admin${profileUrl.replace(/^\/admin/, '')}?tab=hours`);
    await page.getByRole('heading', { level: 1, name: INSTRUCTOR }).waitFor();
    await page.getByRole('heading', { name: 'Weekly hours at Akyaka Kite Center' }).waitFor();
    expect(await page.getByLabel('Thursday, range 1: from').inputValue()).toBe('09:00');
    expect(await page.getByLabel('Thursday, range 1: to').inputValue()).toBe('13:00');
    expect(await page.getByLabel('Thursday, range 2: from').count()).toBe(0);
    await page.getByRole('tab', { name: /^Certificates/ }).click();
    const savedRow = page.getByRole('row').filter({ hasText: certificateName });
    await savedRow.getByText('Expires in 30 days').waitFor();
    // The issuer in its own column, the number under the certificate's name.
    await savedRow.getByRole('cell', { name: 'IKO', exact: true }).waitFor();
    await savedRow.getByText(`No. ${certificateNumber}`, { exact: true }).waitFor();
    await savedRow
      .getByRole('button', { name: `Edit: IKO ${certificateName}`, exact: true })
      .waitFor();
    await screenshot(page, 'instructors-certificates');
    await page.getByRole('tab', { name: 'Time off' }).click();
    await page.getByRole('list', { name: 'Time off' }).getByText(reason).waitFor();

    // The list flags the certificate that expires soon.
    await page.getByRole('link', { name: 'All instructors' }).click();
    await page.waitForURL('**/admin/instructors');
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: INSTRUCTOR, exact: true }) });
    await row.getByText('1 expiring soon').waitFor();
    expect(await row.getByText(/Akyaka Kite Center/).count()).toBeGreaterThan(0);
    await screenshot(page, 'instructors-list');
    expect(problems).toEqual([]);
  });

  it('shows an instructor their own profile in Turkish: time off they manage, everything else to read, no pay', async () => {
    const own = await openPage(browser, baseUrl, { viewport: DESK });
    const { page, problems } = own;
    await page.goto('/admin/login');
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await signIn(page, TR, demoEmail('instructor'));
    await page.getByRole('heading', { level: 1, name: /^Hoş geldiniz, / }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Ana menü' });
    expect(await nav.getByRole('link', { name: 'Eğitmenler', exact: true }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Eğitmen profilim', exact: true }).click();
    await page.waitForURL('**/admin/my-profile');
    await page.getByRole('heading', { level: 1, name: 'Deniz Yılmaz' }).waitFor();
    await page.getByRole('tab', { name: 'Çalışma saatleri' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Ücret' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Pasifleştir' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Profili kaydet' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Çalışma saatleri' }).click();
    await page.getByText(/^Saatler Europe\/Istanbul/).waitFor();
    expect(await page.getByRole('button', { name: 'Saatleri kaydet' }).count()).toBe(0);

    // The demo certificates, issuer and number apart from the name, to read only.
    await page.getByRole('tab', { name: /^Sertifikalar/ }).click();
    const iko = page.getByRole('row').filter({ hasText: 'IKO-58214' });
    await iko.getByRole('cell', { name: 'IKO', exact: true }).waitFor();
    await iko.getByText('Kiteboarding Instructor', { exact: true }).waitFor();
    await iko.getByText('No: IKO-58214', { exact: true }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: 'PADI 271834' })
      .getByText(/doldu$/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Sertifika ekle' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Düzenle: / }).count()).toBe(0);

    // Their own time off: added and removed by themselves.
    await page.getByRole('tab', { name: 'İzinler' }).click();
    const days = nextMonthDays('tr-TR');
    await page.getByRole('button', { name: /^Günler/ }).click();
    await page.getByRole('button', { name: 'Sonraki ay' }).click();
    await page.getByRole('button', { name: days.from, exact: true }).click();
    await page.getByRole('button', { name: days.from, exact: true }).click();
    await page.getByRole('textbox', { name: 'Gerekçe' }).fill(`Diş hekimi ${suffix}`);
    await page.getByRole('button', { name: 'İzni ekle' }).click();
    await page.getByText('İzin eklendi.').waitFor();
    const list = page.getByRole('list', { name: 'İzinler' });
    await list.getByText(`Diş hekimi ${suffix}`).waitFor();
    await screenshot(page, 'instructors-own-profile-tr');
    await list.getByRole('button', { name: /iznini kaldır$/ }).click();
    await page
      .getByRole('dialog', { name: 'Bu izin kaldırılsın mı?' })
      .getByRole('button', { name: 'Kaldır' })
      .click();
    await page.getByText('İzin kaldırıldı.').waitFor();
    await page.getByText('İzin yok').waitFor();
    expect(problems).toEqual([]);
    await own.context.close();
  });

  it('creates a freelance instructor, pays them by commission and deactivates them', async () => {
    const { page, problems } = admin;
    const name = `Selin Deniz ${suffix}`;
    await page.goto('/admin/instructors');
    await page.getByRole('heading', { level: 1, name: 'Instructors' }).waitFor();
    await page.getByRole('button', { name: 'New instructor' }).click();
    const dialog = page.getByRole('dialog', { name: 'New instructor' });
    // Nothing chosen yet: the account is asked for on its field.
    await dialog.getByRole('button', { name: 'Create profile' }).click();
    await dialog.getByText('Choose an account, or “No account”.').waitFor();
    await dialog.getByRole('combobox', { name: /^Staff account/ }).click();
    await page
      .getByRole('option', { name: 'No account (freelancer who does not sign in)' })
      .click();
    await dialog.getByRole('textbox', { name: /^Name/ }).fill(name);
    await dialog.getByRole('button', { name: 'Create profile' }).click();
    await page.waitForURL(PROFILE_URL);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('No account: does not sign in').waitFor();

    // 17.5 % commission, stored as 1750 basis points.
    await page.getByRole('tab', { name: 'Pay' }).click();
    await page.getByText('By commission').click();
    await page.getByRole('textbox', { name: /^Commission/ }).fill('17.5');
    await page.getByText('Stored as 1750 basis points.').waitFor();
    await page.getByRole('button', { name: 'Save pay' }).click();
    await page.getByText(`${name}'s pay was saved.`).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('tab', { name: 'Pay' }).click();
    expect(await page.getByRole('textbox', { name: /^Commission/ }).inputValue()).toBe('17.5');

    await page.getByRole('button', { name: 'Deactivate' }).click();
    await page
      .getByRole('dialog', { name: `Deactivate ${name}?` })
      .getByRole('button', { name: 'Deactivate' })
      .click();
    await page.getByText(`${name} was deactivated.`).waitFor();
    await page.getByRole('button', { name: 'Reactivate' }).waitFor();

    await page.getByRole('link', { name: 'All instructors' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instructors' }).waitFor();
    await page.getByRole('link', { name: INSTRUCTOR, exact: true }).waitFor();
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(0);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Active and inactive' }).click();
    await page.waitForURL(/[?&]status=all/);
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name, exact: true }) });
    await row.getByText('Inactive').waitFor();
    expect(problems).toEqual([]);
  });
});
