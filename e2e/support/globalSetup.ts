import type { TestProject } from 'vitest/node';
import { assertBuilt, freePort, startApi } from './api';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** FILES_DIR of the shared API: its mails are in `outbox/` below it. */
    filesDir: string;
  }
}

/** One API server for the whole run; each test file opens its own browser. */
export default async function setup(project: TestProject) {
  assertBuilt();
  const api = await startApi(await freePort());
  project.provide('baseUrl', api.url);
  project.provide('filesDir', api.filesDir);
  return async () => {
    await api.stop();
  };
}
