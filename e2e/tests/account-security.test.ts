import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESK,
  EN,
  PHONE,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  type TrackedPage,
} from '../support/browser';
import { failedLogin, graphql, onboardedCustomer, tokenFor, uniqueEmail } from '../support/graphql';

// Every account here that changes its password or ends sessions is a fresh one: the demo
// accounts are shared with the other test files. No legal document is published.
const baseUrl = inject('baseUrl');
const OLD_PASSWORD = 'an old lighthouse on the cliff';
const NEW_PASSWORD = 'seven quiet boats at dawn';
// What the second device claims to be: the list names it from this header.
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * A portal customer who has accepted the current documents and finished the onboarding
 * (through the API, with the token of the sign-up) and has no session left from signing up: the browsers' sessions are all.
 */
async function freshCustomer(name: string) {
  const email = uniqueEmail('security');
  const { token } = await onboardedCustomer(baseUrl, { email, password: OLD_PASSWORD, name });
  await graphql(baseUrl, 'mutation { logout }', {}, token);
  return email;
}

/** `openPage` on a browser that introduces itself with `userAgent`. */
async function openPageAs(userAgent: string): Promise<TrackedPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'en-US',
    viewport: DESK,
    userAgent,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, context, problems };
}

/** Signs in on the portal in English and waits for the home page. */
async function signInToPortal(page: Page, email: string, password: string) {
  await page.goto('/portal/login');
  await page.getByRole('button', { name: 'English' }).click();
  await signIn(page, EN, email, password);
  await page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
}

const devicesList = (page: Page, name = 'Signed-in devices') => page.getByRole('list', { name });
const deviceItems = (page: Page, listName?: string) =>
  devicesList(page, listName).getByRole('listitem');

/** Waits until the list (named in the page's language) shows exactly `count` devices. */
async function expectDevices(page: Page, count: number, listName?: string) {
  await expect.poll(() => deviceItems(page, listName).count(), { timeout: 10_000 }).toBe(count);
}

async function confirmIn(dialog: Locator, button: string) {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('account security in the portal', () => {
  it('lists the signed-in devices, signs another one out, and changes the password', async () => {
    const email = await freshCustomer('Ece Aydın');
    const phone = await openPage(browser, baseUrl, { viewport: PHONE });
    const iphone = await openPageAs(IPHONE_SAFARI);
    try {
      await signInToPortal(phone.page, email, OLD_PASSWORD);
      await signInToPortal(iphone.page, email, OLD_PASSWORD);

      // From the user menu to the profile, and from there to sign-in and security.
      const { page } = phone;
      await page.getByRole('button', { name: /^Account menu for / }).click();
      await page.getByRole('menuitem', { name: 'Account' }).click();
      await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
      await screenshot(page, 'portal-profile-security-link-en');
      await page.getByRole('link', { name: /^Sign-in and security/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Sign-in and security' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/portal/profile/security');

      // Two devices: this one first, named from its User-Agent (headless Chromium on Linux).
      await expectDevices(page, 2);
      const here = deviceItems(page).first();
      expect(await here.getAttribute('aria-label')).toBe('Chrome on Linux');
      await here.getByText('This device', { exact: true }).waitFor();
      await here.getByText('Active now', { exact: true }).waitFor();
      expect(await here.getByRole('button', { name: /^Sign out/ }).count()).toBe(0);
      const other = devicesList(page).getByRole('listitem', { name: 'Safari on iOS' });
      expect(await other.getByText('This device', { exact: true }).count()).toBe(0);
      await other.getByText(/^IP address /).waitFor();
      await other.getByText(/^Signed in /).waitFor();
      await screenshot(page, 'portal-account-security-devices-en');

      // Signing the iPhone out asks first; cancelling keeps it.
      await other.getByRole('button', { name: 'Sign out Safari on iOS' }).click();
      const askOne = page.getByRole('dialog', { name: 'Sign out this device?' });
      await askOne.getByText('Safari on iOS will be signed out of your account.').waitFor();
      await confirmIn(askOne, 'Cancel');
      await expectDevices(page, 2);

      await other.getByRole('button', { name: 'Sign out Safari on iOS' }).click();
      await confirmIn(askOne, 'Sign out');
      await page.getByRole('status').filter({ hasText: 'Signed out: Safari on iOS.' }).waitFor();
      await expectDevices(page, 1);
      await page.getByText('No other device is signed in to your account.').waitFor();

      // The iPhone finds out on its next page load: back to the sign-in page.
      await iphone.page.reload();
      await iphone.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(new URL(iphone.page.url()).pathname).toBe('/portal/login');

      // Two more devices, then all other devices at once: the panel says how many ended.
      await signInToPortal(iphone.page, email, OLD_PASSWORD);
      const apiToken = await tokenFor(baseUrl, email, OLD_PASSWORD);
      await page.reload();
      await expectDevices(page, 3);
      await page.getByRole('button', { name: 'Sign out of all other devices' }).click();
      const askAll = page.getByRole('dialog', { name: 'Sign out of all other devices?' });
      await confirmIn(askAll, 'Sign out of other devices');
      await page
        .getByRole('status')
        .filter({ hasText: 'Signed out of 2 other devices.' })
        .waitFor();
      await expectDevices(page, 1);
      await expect(graphql(baseUrl, '{ mySessions { id } }', {}, apiToken)).rejects.toThrow(
        /UNAUTHENTICATED/,
      );

      // Change password: a wrong current password lands on its field.
      await signInToPortal(iphone.page, email, OLD_PASSWORD);
      await page.reload();
      await expectDevices(page, 2);
      const current = page.getByLabel('Current password', { exact: true });
      const newPassword = page.getByLabel('New password', { exact: true });
      const repeat = page.getByLabel('Repeat the new password', { exact: true });
      const submit = page.getByRole('button', { name: 'Change password' });
      await current.fill('not my password at all');
      await newPassword.fill(NEW_PASSWORD);
      await repeat.fill(NEW_PASSWORD);
      await submit.click();
      await page.getByText('That is not your current password.').waitFor();
      await screenshot(page, 'portal-account-security-wrong-password-en');

      // The API's own rule, translated from its code: the email is not a password.
      await current.fill(OLD_PASSWORD);
      await newPassword.fill(`${email}xyz`);
      await repeat.fill(`${email}xyz`);
      await submit.click();
      await page.getByText('Don’t use your email address or name in your password.').waitFor();
      expect(await page.getByText('That is not your current password.').count()).toBe(0);

      await newPassword.fill(NEW_PASSWORD);
      await repeat.fill(NEW_PASSWORD);
      await submit.click();
      await page.getByRole('status').filter({ hasText: 'Password changed' }).waitFor();
      await page.getByText('Every other device was signed out').waitFor();
      expect(await current.inputValue()).toBe('');
      // Every other device ended; this one stays signed in, across a reload too.
      await expectDevices(page, 1);
      await screenshot(page, 'portal-account-security-password-changed-en');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Sign-in and security' }).waitFor();
      await expectDevices(page, 1);
      await iphone.page.reload();
      await iphone.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

      // The old password no longer signs in; the new one does.
      await signIn(iphone.page, EN, email, OLD_PASSWORD);
      await iphone.page
        .getByRole('alert')
        .filter({ hasText: 'Wrong email or password.' })
        .waitFor();
      expect(await failedLogin(baseUrl, email, OLD_PASSWORD)).toBe('UNAUTHENTICATED');
      await signIn(iphone.page, EN, email, NEW_PASSWORD);
      await iphone.page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();

      // The same page in Turkish, with the iPhone back in the list.
      await page.reload();
      await page.getByRole('button', { name: 'Türkçe' }).click();
      await page.getByRole('heading', { level: 1, name: 'Giriş ve güvenlik' }).waitFor();
      await expectDevices(page, 2, 'Oturum açık cihazlar');
      const burada = page.getByRole('listitem', { name: 'Linux üzerinde Chrome' });
      await burada.getByText('Bu cihaz', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Oturumu kapat: iOS üzerinde Safari' }).waitFor();
      await screenshot(page, 'portal-account-security-tr');

      expect(phone.problems).toEqual([]);
      expect(iphone.problems).toEqual([]);
    } finally {
      await phone.context.close();
      await iphone.context.close();
    }
  });
});

describe('account page in the admin app', () => {
  it('is in the user menu, not the side navigation, for the least privileged staff role', async () => {
    // Looking only: nothing here changes the shared demo account.
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: DESK });
    await page.goto('/admin/login');
    await page.getByRole('button', { name: 'English' }).click();
    await signIn(page, EN, demoEmail('instructor'));
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Account' }).count()).toBe(0);

    await page.getByRole('button', { name: /^Account menu for / }).click();
    await page.getByRole('menuitem', { name: 'Account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/account');

    const here = page.getByRole('list', { name: 'Signed-in devices' }).getByRole('listitem', {
      name: 'Chrome on Linux',
    });
    await here.filter({ hasText: 'This device' }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Change password' }).waitFor();

    // Checked before asking the API, so the demo account is never touched.
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Enter your current password.').waitFor();
    await page.getByText('Enter a password.').waitFor();
    await screenshot(page, 'admin-account-en');

    // A direct link works after a reload too.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
