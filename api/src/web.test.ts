import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test/harness.js';

let t: TestApp;
beforeAll(async () => {
  // A stand-in build of both apps, so this test does not depend on a Vite build.
  const root = await mkdtemp(path.join(tmpdir(), 'plannivo-web-'));
  for (const app of ['admin', 'portal']) {
    const dist = path.join(root, `${app}-web`, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), `<!doctype html><title>${app}</title>`);
    await writeFile(path.join(dist, 'assets', 'main-abc123.js'), 'console.log(1)');
  }
  t = await startTestApp({ env: { WEB_DIST_DIR: root } });
});
afterAll(() => t.stop());

describe('the built web apps', () => {
  it.each(['admin', 'portal'])('/%s/ serves index.html, never cached', async (app) => {
    const res = await fetch(`${t.url}/${app}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`<title>${app}</title>`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers deep links with index.html, so a reload works', async () => {
    const res = await fetch(`${t.url}/admin/locations/42?tab=hours`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>admin</title>');
  });

  it('caches hashed assets for a year and 404s missing ones', async () => {
    const asset = await fetch(`${t.url}/portal/assets/main-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${t.url}/portal/assets/gone-000.js`)).status).toBe(404);
  });

  it('redirects /admin to /admin/ and / to the portal', async () => {
    const bare = await fetch(`${t.url}/admin`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/admin/');
    const root = await fetch(`${t.url}/`, { redirect: 'manual' });
    expect(root.headers.get('location')).toBe('/portal/');
  });
});
