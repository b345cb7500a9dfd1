import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DEMO_PASSWORD,
  PHONE,
  TR,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from '../support/browser';
import { graphql, locationsAs, tokenFor, type ApiLocation } from '../support/graphql';

const baseUrl = inject('baseUrl');
let browser: Browser;
let locations: ApiLocation[];
let studentToken: string;
let studentName: string;

const myLocale = async () =>
  (await graphql<{ me: { locale: string } }>(baseUrl, '{ me { locale } }', {}, studentToken)).me
    .locale;

beforeAll(async () => {
  browser = await launchBrowser();
  studentToken = await tokenFor(baseUrl, demoEmail('student'), DEMO_PASSWORD);
  locations = await locationsAs(baseUrl, studentToken);
  studentName = (
    await graphql<{ me: { name: string } }>(baseUrl, '{ me { name } }', {}, studentToken)
  ).me.name;
});

afterAll(async () => {
  await browser?.close();
});

describe('portal on a phone', () => {
  it('signs a student in to the home page, then moves around with the tab bar', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, {
      locale: 'tr-TR',
      viewport: PHONE,
    });
    await page.goto('/portal/');
    await page.waitForURL('**/portal/login');
    // An explicit choice on the sign-in page is also saved to the account.
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await signIn(page, TR, demoEmail('student'));

    const firstName = studentName.split(/\s+/)[0]!;
    await page.getByRole('heading', { level: 1, name: `Merhaba, ${firstName}` }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/portal\/?$/);
    for (const location of locations) {
      await page.getByText(location.name, { exact: true }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'portal-home-tr');
    await expect.poll(myLocale, { timeout: 10_000 }).toBe('tr');

    const tabs = page.getByRole('navigation', { name: 'Ana menü' });
    await tabs.getByRole('link', { name: 'Profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();
    await page.getByText(demoEmail('student'), { exact: true }).waitFor();
    expect(await tabs.getByRole('link', { name: 'Profil' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await screenshot(page, 'portal-profile-tr');

    // Deep link survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();

    await tabs.getByRole('link', { name: 'Ana sayfa' }).click();
    await page.getByRole('heading', { level: 1, name: `Merhaba, ${firstName}` }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('stores a language change on the account', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, {
      locale: 'tr-TR',
      viewport: PHONE,
    });
    await page.goto('/portal/profile');
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await signIn(page, TR, demoEmail('student'));
    await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();

    // The profile's own switcher (the header has one too).
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(myLocale, { timeout: 10_000 }).toBe('en');
    expect(await main.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await screenshot(page, 'portal-profile-en');

    await main.getByRole('button', { name: 'Türkçe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();
    await expect.poll(myLocale, { timeout: 10_000 }).toBe('tr');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('logs out and shows the sign-in page again', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, {
      locale: 'tr-TR',
      viewport: PHONE,
    });
    await page.goto('/portal/login');
    await page.getByRole('button', { name: 'Türkçe' }).click();
    await signIn(page, TR, demoEmail('customer'));
    await page.getByRole('heading', { level: 1, name: /^Merhaba, / }).waitFor();

    await page
      .getByRole('navigation', { name: 'Ana menü' })
      .getByRole('link', { name: 'Profil' })
      .click();
    await page.getByRole('button', { name: 'Çıkış yap' }).click();
    await page.getByRole('heading', { level: 1, name: 'Giriş yap' }).waitFor();
    await page.goto('/portal/');
    await page.waitForURL('**/portal/login');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a not-found page for unknown paths', async () => {
    const { page, context } = await openPage(browser, baseUrl, {
      locale: 'tr-TR',
      viewport: PHONE,
    });
    await page.goto('/portal/yok-boyle-bir-sayfa');
    await page.getByRole('heading', { level: 1, name: 'Sayfa bulunamadı' }).waitFor();
    await context.close();
  });
});
