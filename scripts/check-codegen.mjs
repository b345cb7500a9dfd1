#!/usr/bin/env node
// Fails (exit 1) when a committed src/gql/ folder differs from what graphql-codegen would
// generate now from schema/schema.graphql and the .graphql documents of the apps and web-kit.
// Generation happens in memory (`generate(config, false)`), so the working tree is never
// touched; files present on disk that codegen would no longer write count as stale too.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every file under `dir`, as absolute paths; an absent folder has none. */
async function listFiles(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [full];
    }),
  );
  return nested.flat();
}

async function readOrNull(file) {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
const outputs = await generate({ ...config, cwd: root, silent: true, watch: false }, false);

const expected = new Map(outputs.map((o) => [path.resolve(root, o.filename), o.content]));
const stale = [];

for (const [file, content] of expected) {
  const actual = await readOrNull(file);
  if (actual === null) stale.push(`${path.relative(root, file)} (missing)`);
  else if (actual !== content) stale.push(`${path.relative(root, file)} (differs)`);
}

// Output folders are the keys of `generates` that end in a slash (preset: client).
const outputDirs = Object.keys(config.generates).filter((key) => key.endsWith('/'));
for (const dir of outputDirs) {
  for (const file of await listFiles(path.resolve(root, dir))) {
    if (!expected.has(file)) stale.push(`${path.relative(root, file)} (not generated any more)`);
  }
}

if (stale.length > 0) {
  console.error('Generated GraphQL types are stale. Run `npm run codegen` and commit the result:');
  for (const line of stale.sort()) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`Generated GraphQL types are up to date (${expected.size} files).`);
