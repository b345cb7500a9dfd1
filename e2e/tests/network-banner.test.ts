import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startApi, type ApiServer } from '../support/api';
import {
  DESK,
  EN,
  PHONE,
  demoEmail,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
} from '../support/browser';

// This file stops and restarts an API of its own, so the shared one stays up for the others.
let api: ApiServer | undefined;
let port: number;
let browser: Browser;

beforeAll(async () => {
  port = await freePort();
  api = await startApi(port);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const BANNER = 'Connection lost, reconnecting…';

describe('network-status banner', () => {
  it('appears while the API is down and disappears once it is back', async () => {
    const baseUrl = api!.url;
    const portal = await openPage(browser, baseUrl, { viewport: PHONE });
    const admin = await openPage(browser, baseUrl, { viewport: DESK });
    await portal.page.goto('/portal/login');
    await admin.page.goto('/admin/login');
    await portal.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await admin.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    const portalBanner = portal.page.getByRole('alert', { name: BANNER });
    const adminBanner = admin.page.getByRole('alert', { name: BANNER });
    expect(await portalBanner.isVisible()).toBe(false);
    expect(await adminBanner.isVisible()).toBe(false);

    await api!.stop();
    await portalBanner.waitFor({ state: 'visible', timeout: 20_000 });
    await adminBanner.waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(portal.page, 'portal-network-banner-en');

    // A sign-in attempt meanwhile says what is wrong, not "wrong password".
    await signIn(portal.page, EN, demoEmail('student'));
    await portal.page
      .getByRole('alert')
      .filter({ hasText: 'Can’t reach the server. Check your internet connection.' })
      .waitFor();

    api = await startApi(port);
    await portalBanner.waitFor({ state: 'hidden', timeout: 60_000 });
    await adminBanner.waitFor({ state: 'hidden', timeout: 60_000 });

    // And the app works again (the restarted API seeded a fresh demo school).
    await signIn(portal.page, EN, demoEmail('student'));
    await portal.page.getByRole('heading', { level: 1, name: /^(Hello|Merhaba), / }).waitFor();
    await portal.context.close();
    await admin.context.close();
  });
});
