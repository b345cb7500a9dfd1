import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import postgres from 'postgres';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/client.js';
import { testEnv } from './env.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database that each test file copies (PostgreSQL runs only). */
    pgTemplate: string | null;
  }
}

/**
 * On PostgreSQL, migrates one template database per run; each test file then gets its own
 * copy (CREATE DATABASE ... TEMPLATE), which takes milliseconds and isolates files fully.
 */
export default async function setup(project: TestProject) {
  if (!testEnv.databaseUrl) {
    project.provide('pgTemplate', null);
    return;
  }
  const name = `plannivo_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = postgres(testEnv.databaseUrl, { max: 1, onnotice: () => {} });
  const drop = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
    const database = await openDatabase(
      loadConfig({ DATABASE_URL: withDatabase(testEnv.databaseUrl, name) }),
    );
    await database.migrate();
    await database.close();
  } catch (error) {
    await drop();
    throw error;
  }
  project.provide('pgTemplate', name);
  return drop;
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
