/**
 * Writes schema/schema.graphql from the resolvers (the API build runs this), or with --check
 * exits 1 when the file is stale or differs from the committed one (a build regenerated it
 * and nobody committed it). The file is the contract the web apps' codegen reads.
 */
import { execFileSync } from 'node:child_process';
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { REPO_ROOT } from '../config.js';
import { buildBareSchema } from '../graphql/schema.js';

const target = path.join(REPO_ROOT, 'schema', 'schema.graphql');
const header = [
  '# -----------------------------------------------',
  '# Generated from the API resolvers by `npm run schema:emit`. Do not edit by hand;',
  '# `npm run schema:check` fails when this file is stale.',
  '# -----------------------------------------------',
  '',
].join('\n');

const sdl = `${header}\n${printSchema(lexicographicSortSchema(await buildBareSchema()))}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== sdl) {
    console.error(
      'schema/schema.graphql is stale: run `npm run schema:emit` and commit the result.',
    );
    process.exit(1);
  }
  if (!matchesCommitted()) {
    console.error(
      'schema/schema.graphql differs from the committed version: commit the regenerated file.',
    );
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date.');
} else {
  await writeFile(target, sdl);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

/** True when the file equals HEAD's copy, or when there is no git checkout to ask. */
function matchesCommitted(): boolean {
  try {
    execFileSync('git', ['diff', '--quiet', 'HEAD', '--', 'schema/schema.graphql'], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
    return true;
  } catch (error) {
    // Exit status 1 means "differs"; anything else (no git, no HEAD) cannot be judged.
    return (error as { status?: number }).status !== 1;
  }
}
