import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from './api';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const artifactsDir = path.join(repoRoot, 'e2e/artifacts');
export const PHONE = { width: 390, height: 844 };
export const DESK = { width: 1280, height: 800 };
export const DEMO_PASSWORD = 'plannivo-demo';
export type DemoRole = 'admin' | 'manager' | 'instructor' | 'student' | 'customer';
export const demoEmail = (role: DemoRole) => `${role}@demo.plannivo.test`;

/** Debian's Chromium, never a downloaded one. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  problems: string[];
}

/** A page in a fresh context (no cookies, no storage) that records console errors. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? DESK,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, context, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Fills the sign-in form by its translated labels and submits it. */
export async function signIn(
  page: Page,
  labels: { email: string; password: string; submit: string },
  email: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.submit }).click();
}

export const EN = { email: 'Email', password: 'Password', submit: 'Sign in' };
export const TR = { email: 'E-posta', password: 'Şifre', submit: 'Giriş yap' };

/**
 * Signs a demo account in to the admin app in English (picked on the sign-in page, so the
 * account's stored language does not switch it) and waits for its welcome page.
 */
export async function signInToAdmin(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/admin/login');
  await page.getByRole('button', { name: 'English' }).click();
  await signIn(page, EN, demoEmail(role));
  await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
}

/** Waits until no CSS transition or animation runs (a drawer done sliding in), for screenshots. */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().length === 0, undefined, {
    timeout: 5_000,
  });
}
