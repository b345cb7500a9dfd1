import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  EN,
  demoEmail,
  DEMO_PASSWORD,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from '../support/browser';
import { graphql, locationsAs, tokenFor, type ApiLocation } from '../support/graphql';

const baseUrl = inject('baseUrl');
let browser: Browser;
let locations: ApiLocation[];
let adminToken: string;

beforeAll(async () => {
  browser = await launchBrowser();
  adminToken = await tokenFor(baseUrl, demoEmail('admin'), DEMO_PASSWORD);
  locations = await locationsAs(baseUrl, adminToken);
});

afterAll(async () => {
  await browser?.close();
});

/** Picks English on the sign-in page (so the account's stored language does not switch it). */
async function signInInEnglish(page: Page, email: string) {
  await page.getByRole('button', { name: 'English' }).click();
  await signIn(page, EN, email);
}

describe('admin app', () => {
  it('has a demo school with locations to show', () => {
    expect(locations.length).toBeGreaterThanOrEqual(2);
  });

  it('signs the admin in and shows every location on the dashboard', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl);
    await page.goto('/admin/');
    await page.waitForURL('**/admin/login');
    await signInInEnglish(page, demoEmail('admin'));

    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    // React Router writes the app root without its trailing slash; both load the dashboard.
    expect(new URL(page.url()).pathname).toMatch(/^\/admin\/?$/);
    for (const location of locations) {
      const card = page.getByRole('article', { name: location.name });
      await card.waitFor();
      await card.getByText(location.timezone).waitFor();
      expect(await card.getByText(location.currency).count()).toBeGreaterThan(0);
    }
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'admin-dashboard-en');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('returns to the deep link after sign-in, and the deep link survives a reload', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl);
    await page.goto('/admin/locations');
    await page.waitForURL('**/admin/login');
    await signInInEnglish(page, demoEmail('manager'));

    await page.waitForURL('**/admin/locations');
    await page.getByRole('heading', { level: 1, name: 'Locations' }).waitFor();
    const first = locations[0]!;
    await page.getByRole('cell', { name: first.name, exact: true }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Locations' }).waitFor();
    await page.getByRole('cell', { name: first.name, exact: true }).waitFor();
    await screenshot(page, 'admin-locations-en');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('renames a location in a modal and every open screen follows live', async () => {
    const target = locations[0]!;
    const renamed = `${target.name} (e2e)`;
    const restore = () =>
      graphql(
        baseUrl,
        'mutation ($id: ID!, $name: String!) { updateLocation(id: $id, input: { name: $name }) { id } }',
        { id: target.id, name: target.name },
        adminToken,
      );

    const editor = await openPage(browser, baseUrl);
    const watcher = await openPage(browser, baseUrl);
    try {
      await editor.page.goto('/admin/locations');
      await signInInEnglish(editor.page, demoEmail('admin'));
      await editor.page.waitForURL('**/admin/locations');

      await watcher.page.goto('/admin/');
      await signInInEnglish(watcher.page, demoEmail('manager'));
      await watcher.page.getByRole('article', { name: target.name }).waitFor();

      await editor.page.getByRole('button', { name: `Rename ${target.name}` }).click();
      const dialog = editor.page.getByRole('dialog', { name: 'Rename location' });
      await dialog.getByLabel('Location name').fill(renamed);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await editor.page.getByRole('cell', { name: renamed, exact: true }).waitFor();

      // The manager's dashboard was not reloaded: the subscription brought the change.
      await watcher.page.getByRole('article', { name: renamed }).waitFor({ timeout: 15_000 });

      // A change made elsewhere (here: straight through the API) arrives too.
      await restore();
      await watcher.page.getByRole('article', { name: target.name }).waitFor({ timeout: 15_000 });
      await editor.page.getByRole('cell', { name: target.name, exact: true }).waitFor();

      expect(editor.problems).toEqual([]);
      expect(watcher.problems).toEqual([]);
    } finally {
      await restore();
      await editor.context.close();
      await watcher.context.close();
    }
  });

  it('offers no rename to an instructor', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    await page.goto('/admin/locations');
    await signInInEnglish(page, demoEmail('instructor'));
    await page.getByRole('cell', { name: locations[0]!.name, exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Rename / }).count()).toBe(0);
    await context.close();
  });

  it('sends a student to the portal', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, { locale: 'tr-TR' });
    await page.goto('/admin/login');
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await signIn(
      page,
      { email: 'E-posta', password: 'Şifre', submit: 'Giriş yap' },
      demoEmail('student'),
    );

    await page.getByRole('heading', { name: 'Bu uygulama personel içindir' }).waitFor();
    const link = page.getByRole('link', { name: 'Portala git' });
    expect(await link.getAttribute('href')).toBe('/portal/');
    await screenshot(page, 'admin-staff-only-tr');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('logs out from the user menu and forgets the session', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl);
    await page.goto('/admin/login');
    await signInInEnglish(page, demoEmail('admin'));
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();

    await page.getByRole('button', { name: /^Account menu for / }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await page.goto('/admin/locations');
    await page.waitForURL('**/admin/login');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a not-found page for unknown paths', async () => {
    const { page, context } = await openPage(browser, baseUrl);
    await page.goto('/admin/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await context.close();
  });
});
