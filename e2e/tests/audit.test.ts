import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  animationsSettled,
  EN,
  TR,
  demoEmail,
  DEMO_PASSWORD,
  launchBrowser,
  openPage,
  PHONE,
  screenshot,
  signIn,
} from '../support/browser';
import { failedLogin, graphql, locationsAs, tokenFor } from '../support/graphql';

const baseUrl = inject('baseUrl');
let browser: Browser;
const intruder = 'nobody@intruder.example';

/**
 * What the log should hold before the admin looks: a wrong password on the admin's own
 * account, a try with an unknown email, and a location renamed and renamed back (by the
 * manager, so more than one person appears). The login limit allows 10 attempts per email and
 * address in 15 minutes across the whole run, so this file signs the admin in sparingly.
 */
beforeAll(async () => {
  browser = await launchBrowser();
  expect(await failedLogin(baseUrl, demoEmail('admin'), 'not-the-password')).toBe(
    'UNAUTHENTICATED',
  );
  expect(await failedLogin(baseUrl, intruder, 'guess')).toBe('UNAUTHENTICATED');

  const managerToken = await tokenFor(baseUrl, demoEmail('manager'), DEMO_PASSWORD);
  const [location] = await locationsAs(baseUrl, managerToken);
  const rename = (name: string) =>
    graphql(
      baseUrl,
      'mutation ($id: ID!, $name: String!) { updateLocation(id: $id, input: { name: $name }) { id } }',
      { id: location!.id, name },
      managerToken,
    );
  await rename(`${location!.name} (audit)`);
  await rename(location!.name);
});

afterAll(async () => {
  await browser?.close();
});

/** The table's data rows that mention all of `texts`. */
const rowsWith = (page: Page, ...texts: string[]) =>
  texts.reduce((rows, text) => rows.filter({ hasText: text }), page.locator('tbody tr'));

describe('audit log', () => {
  it('shows the admin their own sign-in, filters to failed sign-ins and opens one', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl);
    try {
      await page.goto('/admin/login');
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, EN, demoEmail('admin'));
      await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();

      await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
      await page.waitForURL('**/admin/audit');
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();

      // Newest first: the sign-in that just happened heads the list.
      const newest = page.locator('tbody tr').first();
      await newest.getByText('Signed in', { exact: true }).waitFor();
      await newest.getByText(demoEmail('admin'), { exact: true }).waitFor();
      await page.getByText(/^\d+ entries$/).waitFor();
      await rowsWith(page, 'Location updated', 'Name:').first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'admin-audit-en');

      await page.getByRole('combobox', { name: 'Activity' }).click();
      await page.getByRole('option', { name: 'Failed sign-ins' }).click();
      await page.waitForURL(/[?&]action=auth\.login_failed/);
      const ownAccount = rowsWith(page, 'Failed sign-in attempt', `with ${demoEmail('admin')}`);
      await ownAccount.first().waitFor();
      await rowsWith(page, 'Failed sign-in attempt', 'Anonymous', `with ${intruder}`)
        .first()
        .waitFor();
      await rowsWith(page, 'Signed in').first().waitFor({ state: 'detached' });
      expect(await page.locator('tbody tr').count()).toBe(
        await rowsWith(page, 'Failed sign-in attempt').count(),
      );

      // The filter lives in the URL: a reload keeps it.
      await page.reload();
      await ownAccount.first().waitFor();
      expect(await page.getByRole('combobox', { name: 'Activity' }).inputValue()).toBe(
        'Failed sign-ins',
      );
      expect(await rowsWith(page, 'Signed in').count()).toBe(0);

      await ownAccount.first().click();
      const drawer = page.getByRole('dialog', { name: 'Failed sign-in attempt' });
      await drawer.waitFor();
      await drawer.getByText('auth.login_failed', { exact: true }).waitFor();
      await drawer.getByText('Request ID', { exact: true }).waitFor();
      await drawer.getByText(`"email": "${demoEmail('admin')}"`).waitFor();
      await animationsSettled(page);
      await screenshot(page, 'admin-audit-drawer-en');
      await drawer.getByRole('button', { name: 'Close' }).click();
      await drawer.waitFor({ state: 'hidden' });

      // On a phone the same entries are a list of buttons, each opening the same details.
      await page.setViewportSize(PHONE);
      const item = page.getByRole('button', { name: /^Show details: Failed sign-in attempt, / });
      await item.first().waitFor();
      expect(await page.locator('table').count()).toBe(0);
      await animationsSettled(page);
      await screenshot(page, 'admin-audit-phone-en');
      await item.first().click();
      await page.getByRole('dialog', { name: 'Failed sign-in attempt' }).waitFor();

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('speaks Turkish and keeps a deep link through sign-in', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl, { locale: 'tr-TR' });
    try {
      await page.goto('/admin/audit?action=auth.');
      await page.waitForURL('**/admin/login');
      await page.getByRole('button', { name: 'Türkçe' }).click();
      await signIn(page, TR, demoEmail('admin'));

      await page.waitForURL(/\/admin\/audit\?action=auth\.$/);
      await page.getByRole('heading', { level: 1, name: 'Denetim kaydı' }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'Denetim kaydı' }).waitFor();
      expect(await page.getByRole('combobox', { name: 'Etkinlik' }).inputValue()).toBe(
        'Giriş ve güvenlik',
      );
      const newest = page.locator('tbody tr').first();
      await newest.getByText('Giriş yaptı', { exact: true }).waitFor();
      await rowsWith(page, 'Başarısız giriş denemesi', 'Anonim').first().waitFor();
      await page.getByText(/^\d+ kayıt$/).waitFor();

      // The whole log again, for the screenshot.
      await page.getByRole('button', { name: 'Filtreleri temizle' }).click();
      await page.waitForURL(/\/admin\/audit$/);
      await rowsWith(page, 'Lokasyon güncellendi').first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'admin-audit-tr');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is neither offered nor shown to a manager', async () => {
    const { page, context, problems } = await openPage(browser, baseUrl);
    const auditRequests: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('query AuditLog')) auditRequests.push(request.url());
    });
    try {
      await page.goto('/admin/login');
      await page.getByRole('button', { name: 'English' }).click();
      await signIn(page, EN, demoEmail('manager'));
      const nav = page.getByRole('navigation');
      await nav.getByRole('link', { name: 'Locations' }).waitFor();
      expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);

      await page.goto('/admin/audit');
      await page.getByText('No access', { exact: true }).waitFor();
      await page.getByText('Your role does not give access to this page.').waitFor();
      expect(await page.getByRole('heading', { name: 'Audit log' }).count()).toBe(0);
      expect(auditRequests).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
