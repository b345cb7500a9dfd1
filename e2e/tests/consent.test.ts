import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  EN,
  PHONE,
  animationsSettled,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from '../support/browser';
import {
  graphql,
  locationsAs,
  pendingLegalDocuments,
  registerCustomer,
  tokenFor,
  uniqueEmail,
  type ApiLocation,
} from '../support/graphql';

// The demo seed publishes TERMS and PRIVACY v1 and has every demo account accept them. This
// file never publishes a new version: every other test's accounts would have to accept again.
const baseUrl = inject('baseUrl');
const PASSWORD = 'a long walk on the beach';
let browser: Browser;
let locations: ApiLocation[];

beforeAll(async () => {
  browser = await launchBrowser();
  locations = await locationsAs(
    baseUrl,
    await tokenFor(baseUrl, demoEmail('student'), 'plannivo-demo'),
  );
});

afterAll(async () => {
  await browser?.close();
});

/** The portal's sign-in page on a phone, in English. */
async function portalLogin(page: Page) {
  await page.goto('/portal/login');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
}

const consentDialog = (page: Page) => page.getByRole('dialog', { name: 'Before you continue' });

describe('consent on a phone', () => {
  it('signs up with the terms accepted on the form and lands on a working home page', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, { viewport: PHONE });
    const email = uniqueEmail('signup');
    await portalLogin(page);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();

    await page.getByLabel('Full name').fill('Deniz Yılmaz');
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    // Both documents can be read in place.
    await page.getByRole('button', { name: /^Read the .*Terms of Service$/ }).click();
    await page.getByRole('region', { name: /Terms of Service$/ }).waitFor();
    await page.getByRole('checkbox', { name: 'Send me news and offers by email' }).check();
    await screenshot(page, 'portal-signup-en');

    // The terms are required.
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Please accept the documents to create an account.').waitFor();
    await page.getByRole('checkbox', { name: /^I have read and accept the / }).check();
    await page.getByRole('button', { name: 'Create account' }).click();

    // A new account goes on to the onboarding (tests/onboarding.test.ts); skip it here.
    await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
    expect(await consentDialog(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Deniz' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/portal\/?$/);
    await page.getByText(locations[0]!.name, { exact: true }).waitFor();
    expect(await consentDialog(page).count()).toBe(0);

    // The account's acceptances and marketing choice were recorded.
    const token = await tokenFor(baseUrl, email, PASSWORD);
    expect(await pendingLegalDocuments(baseUrl, token)).toEqual([]);
    const me = await graphql<{ me: { role: string; marketingOptIn: boolean } }>(
      baseUrl,
      '{ me { role marketingOptIn } }',
      {},
      token,
    );
    expect(me.me).toEqual({ role: 'STUDENT', marketingOptIn: true });

    // The profile's switch shows it and turns it off.
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Profile' })
      .click();
    const marketing = page.getByRole('switch', { name: 'News and offers by email' });
    await marketing.waitFor();
    expect(await marketing.isChecked()).toBe(true);
    await marketing.uncheck();
    await expect
      .poll(
        async () =>
          (
            await graphql<{ me: { marketingOptIn: boolean } }>(
              baseUrl,
              '{ me { marketingOptIn } }',
              {},
              token,
            )
          ).me.marketingOptIn,
        { timeout: 10_000 },
      )
      .toBe(false);
    await screenshot(page, 'portal-profile-marketing-en');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('blocks a signed-in user who has not accepted the terms until they accept', async () => {
    const email = uniqueEmail('consent');
    const { token } = await registerCustomer(baseUrl, {
      email,
      password: PASSWORD,
      name: 'Ece Kaya',
    });
    const pending = await pendingLegalDocuments(baseUrl, token);
    expect(pending.map((document) => document.kind).sort()).toEqual(['PRIVACY', 'TERMS']);

    const { page, context } = await openPage(browser, baseUrl, { viewport: PHONE });
    await portalLogin(page);
    await signIn(page, EN, email, PASSWORD);

    const dialog = consentDialog(page);
    await dialog.waitFor();
    for (const document of pending) {
      await dialog.getByRole('heading', { name: document.title }).waitFor();
    }
    await animationsSettled(page);
    await screenshot(page, 'portal-consent-en');

    // No way around it: Escape does nothing, and the page behind cannot be reached.
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: /close/i }).count()).toBe(0);
    await page.goto('/portal/profile');
    await dialog.waitFor();
    await page.goto('/portal/');
    await dialog.waitFor();

    // Every required document must be ticked.
    await dialog.getByRole('button', { name: 'Accept and continue' }).click();
    expect(await dialog.getByText('Tick this box to accept the document.').count()).toBe(
      pending.length,
    );
    for (const checkbox of await dialog.getByRole('checkbox').all()) await checkbox.check();
    await dialog.getByRole('button', { name: 'Accept and continue' }).click();

    // The app works again without a reload: the onboarding of this new account (which the
    // shell showed behind the gate) saves, and the home page's data loads.
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hello, Ece' }).waitFor();
    await page.getByText(locations[0]!.name, { exact: true }).waitFor();
    expect(await pendingLegalDocuments(baseUrl, token)).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Profile' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    await page.getByText(email, { exact: true }).waitFor();
    await context.close();
  });

  it('lets someone who does not accept sign out instead', async () => {
    const email = uniqueEmail('decline');
    await registerCustomer(baseUrl, { email, password: PASSWORD, name: 'Mert Aydın' });
    const { page, context } = await openPage(browser, baseUrl, { viewport: PHONE });
    await portalLogin(page);
    await signIn(page, EN, email, PASSWORD);

    const dialog = consentDialog(page);
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.goto('/portal/');
    await page.waitForURL('**/portal/login');
    await context.close();
  });

  it('says so when the email is already registered, with a way to sign in or reset', async () => {
    const { page, context } = await openPage(browser, baseUrl, { viewport: PHONE });
    await page.goto('/portal/signup');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Full name').fill('Someone Else');
    await page.getByLabel('Email', { exact: true }).fill(demoEmail('student'));
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('checkbox', { name: /^I have read and accept the / }).check();
    await page.getByRole('button', { name: 'Create account' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'This email is already registered' });
    await alert.waitFor();
    await alert.getByRole('link', { name: 'Sign in to your account' }).waitFor();
    await alert.getByRole('link', { name: 'Reset your password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    // The address typed on the form comes along.
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(demoEmail('student'));
    await context.close();
  });
});
