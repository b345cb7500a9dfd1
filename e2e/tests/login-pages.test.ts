import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESK,
  EN,
  PHONE,
  TR,
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

const apps = [
  { app: 'admin', path: '/admin/login', viewport: DESK },
  { app: 'portal', path: '/portal/login', viewport: PHONE },
] as const;

const languages = [
  { locale: 'tr-TR', lang: 'tr', heading: 'Giriş yap', labels: TR },
  { locale: 'en-US', lang: 'en', heading: 'Sign in', labels: EN },
] as const;

describe.each(apps)('$app sign-in page', ({ app, path, viewport }) => {
  it.each(languages)(
    'speaks $lang to a $locale browser, without console errors',
    async ({ locale, lang, heading, labels }) => {
      const { page, context, problems } = await openPage(browser, baseUrl, { locale, viewport });
      await page.goto(path);

      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByLabel(labels.email, { exact: true }).waitFor();
      await page.getByLabel(labels.password, { exact: true }).waitFor();
      await page.getByRole('button', { name: labels.submit }).waitFor();
      await page.getByText('Plannivo', { exact: true }).first().waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.title()).toBe(`${heading} · Plannivo`);

      await page.waitForLoadState('networkidle');
      await screenshot(page, `${app}-login-${lang}`);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('switches language with the TR/EN control and remembers the choice', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, {
      locale: 'en-US',
      viewport,
    });
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await page.getByRole('button', { name: 'Türkçe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Giriş yap' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('tr');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Giriş yap' }).waitFor();
    await page.getByLabel(TR.password, { exact: true }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so, in the page language, when the password is wrong', async () => {
    const { page, context } = await openPage(browser, baseUrl, { locale: 'tr-TR', viewport });
    await page.goto(path);
    await signIn(page, TR, demoEmail('manager'), 'not-the-password');
    await page.getByRole('alert').filter({ hasText: 'E-posta veya şifre hatalı.' }).waitFor();
    expect(page.url()).toContain(path);
    await context.close();
  });

  it('validates empty fields before asking the API', async () => {
    const { page, context } = await openPage(browser, baseUrl, { locale: 'en-US', viewport });
    await page.goto(path);
    await page.getByRole('button', { name: EN.submit }).click();
    await page.getByText('Enter your email address.').waitFor();
    await page.getByText('Enter your password.').waitFor();
    await context.close();
  });
});
