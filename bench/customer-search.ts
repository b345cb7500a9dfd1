/**
 * `npm run bench:customers`: customer search over 50,000 customers on PostgreSQL, measured
 * through the real service (`listCustomers`), against the acceptance goal "p95 under 50 ms".
 *
 * DATABASE_URL names a server (default: the local one); a fresh database
 * `plannivo_bench_<random>` is created on it, migrated with the API's migrations, seeded and
 * dropped at the end (`--keep` leaves it for EXPLAIN ANALYZE and prints its URL). The same
 * queries then run without the pg_trgm indexes, as the baseline the ratio is taken against.
 * Exits 1 when the indexed p95 is 50 ms or more.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { loadConfig } from '../api/src/config.js';
import type { AppDeps, ServiceContext } from '../api/src/context.js';
import { openDatabase, type Database } from '../api/src/db/client.js';
import { phoneDigitsOf } from '../api/src/modules/customers/fields.js';
import {
  customersTable,
  DISCIPLINES,
  SKILL_LEVELS,
  type CustomerSkill,
} from '../api/src/modules/customers/schema.js';
import { listCustomers } from '../api/src/modules/customers/service.js';
import { createLogger } from '../api/src/platform/logger.js';

const GOAL_MS = 50;
const CUSTOMERS = 50_000;
const PAGE_SIZE = 20;
const SERVER_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const KEEP = process.argv.includes('--keep');

// As the migrations create them (0005_customer_records.sql); the baseline runs without them.
const TRIGRAM_INDEXES = {
  customers_name_trgm_idx:
    'create index customers_name_trgm_idx on customers using gin (name gin_trgm_ops)',
  customers_email_trgm_idx:
    'create index customers_email_trgm_idx on customers using gin (email gin_trgm_ops)',
  customers_phone_trgm_idx:
    'create index customers_phone_trgm_idx on customers using gin (phone_digits gin_trgm_ops)',
};

// ---------------------------------------------------------------------------------------------
// Data: deterministic, so two runs search the same rows with the same queries.

/** mulberry32: a small seeded generator. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const chance = (p: number) => next() < p;
  const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
  return { next, int, pick, chance, digits };
}
type Random = ReturnType<typeof generator>;

const TURKISH_FIRST =
  'Ayşe Fatma Emine Hatice Zeynep Elif Merve Özge Büşra Gülşen Çağla Şule Gökçe Ebru Seda Derya Damla İrem Nur Sıla Yağmur Ceren Dilara Aslı Pınar Tuğba Öykü Ilgın Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Emre Burak Can Çağrı Gökhan Oğuz Şükrü Ümit Barış Tolga Kerem Serkan Doğan Eren Onur Uğur Kaan Berk Tarık Alper Erdem'.split(
    ' ',
  );
const TURKISH_LAST =
  'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy Karadağ Tunç Ekinci Erdem Uçar Sönmez Başaran Gündoğdu Karakuş'.split(
    ' ',
  );
const EUROPEAN_FIRST =
  'Anna Lena Sophie Marie Julia Clara Emma Léa Chloé Inès Lucía María Giulia Chiara Sofia Astrid Ingrid Maja Zofia Agnieszka Eva Saoirse Charlotte Hannah Jörg Jürgen Lukas Felix Maximilian Pierre Théo François Jérôme José Álvaro Marco Luca Søren Björn Lars Paweł Łukasz Tomáš Jan Pieter Daan Oliver James Liam'.split(
    ' ',
  );
const EUROPEAN_LAST =
  "Müller|Schmidt|Schneider|Fischer|Weber|Becker|Schäfer|Köhler|Groß|Dubois|Lefèvre|Moreau|Girard|Bonnet|García|Fernández|López|Martínez|Muñoz|Rossi|Russo|Bianchi|Esposito|Ricci|Jansen|de Vries|van den Berg|Bakker|Nowak|Kowalski|Wiśniewski|Dvořák|Novák|Andersson|Johansson|Nielsen|Jørgensen|Håkansson|Smith|Jones|Taylor|O'Brien|Murphy|Papadopoulos|Horváth|Nagy|Popescu|Silva|Gonçalves".split(
    '|',
  );
const MAIL_DOMAINS =
  'gmail.com gmail.com gmail.com hotmail.com outlook.com yahoo.com icloud.com yandex.com.tr superonline.net web.de gmx.de orange.fr libero.it kiteclub.org protonmail.com'.split(
    ' ',
  );
const TAGS =
  'vip hotel-guest returning kids rental-only newsletter private-lessons group camp-2025 staff-family needs-wetsuit-xl no-show partner-agency'.split(
    ' ',
  );
const TURKISH_OPERATORS = ['530', '532', '533', '535', '542', '544', '505', '506', '555', '552'];

/** ASCII for an email address: "Şükrü Öztürk" becomes "sukru.ozturk". */
function ascii(value: string) {
  return value
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

/** A phone number as people type it: several formats, Turkish and European. */
function phoneOf(r: Random) {
  if (r.chance(0.7)) {
    const op = r.pick(TURKISH_OPERATORS);
    const [a, b, c] = [r.digits(3), r.digits(2), r.digits(2)];
    return r.pick([
      `+90 ${op} ${a} ${b} ${c}`,
      `0${op} ${a} ${b}${c}`,
      `0${op}${a}${b}${c}`,
      `(0${op}) ${a}-${b}-${c}`,
      `+90${op}${a}${b}${c}`,
      `90 ${op} ${a} ${b} ${c}`,
    ]);
  }
  return r.pick([
    `+49 15${r.int(10)} ${r.digits(8)}`,
    `+44 7${r.digits(3)} ${r.digits(6)}`,
    `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    `+31 6 ${r.digits(8)}`,
    `+39 3${r.digits(2)} ${r.digits(7)}`,
    `0049 17${r.int(10)} ${r.digits(7)}`,
  ]);
}

interface Seeded {
  id: string;
  name: string;
  email: string | null;
  phoneDigits: string | null;
  mergedIntoId: string | null;
}

/** 50,000 customer records; each batch is ready for one multi-row insert. */
function* customerBatches(r: Random, count: number, batchSize: number, seeded: Seeded[]) {
  const year = new Date().getUTCFullYear();
  for (let start = 0; start < count; start += batchSize) {
    const batch: (typeof customersTable.$inferInsert)[] = [];
    for (let i = start; i < Math.min(count, start + batchSize); i++) {
      const turkish = r.chance(0.65);
      const first = turkish ? r.pick(TURKISH_FIRST) : r.pick(EUROPEAN_FIRST);
      const second = r.chance(0.12)
        ? ` ${turkish ? r.pick(TURKISH_FIRST) : r.pick(EUROPEAN_FIRST)}`
        : '';
      const last = turkish ? r.pick(TURKISH_LAST) : r.pick(EUROPEAN_LAST);
      const name = `${first}${second} ${last}`;
      const email = r.chance(0.85)
        ? `${ascii(first)}${r.pick(['.', '', '_'])}${ascii(last)}${r.chance(0.6) ? r.int(1000) : ''}@${r.pick(MAIL_DOMAINS)}`
        : null;
      const phone = r.chance(0.8) ? phoneOf(r) : null;
      const skills: CustomerSkill[] = [];
      for (const discipline of DISCIPLINES) {
        if (r.chance(0.18)) skills.push({ discipline, level: r.pick(SKILL_LEVELS) });
      }
      const tags = [...new Set(Array.from({ length: r.int(3) }, () => r.pick(TAGS)))];
      const earlier = i > 100 ? seeded[i - 1 - r.int(100)]! : null;
      const child = earlier !== null && r.chance(0.05);
      const row = {
        id: randomUUID(),
        name,
        email,
        phone,
        phoneDigits: phoneDigitsOf(phone),
        birthDate: r.chance(0.6)
          ? `${year - (child ? 6 + r.int(10) : 16 + r.int(50))}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`
          : null,
        weightKg: r.chance(0.5) ? 45 + r.int(60) : null,
        heightCm: r.chance(0.5) ? 150 + r.int(45) : null,
        skills,
        tags,
        notes: r.chance(0.1) ? 'Prefers morning sessions; allergic to latex.' : null,
        guardianId: child ? earlier.id : null,
        // A few duplicates were merged away; the list leaves them out.
        mergedIntoId: earlier !== null && !child && r.chance(0.005) ? earlier.id : null,
      };
      batch.push(row);
      seeded.push(row);
    }
    yield batch;
  }
}

// ---------------------------------------------------------------------------------------------
// Queries: what staff type into the customer list's search box.

type Kind = 'misspelled name' | 'partial name' | 'email fragment' | 'phone fragment' | 'list page';
const KINDS: Kind[] = [
  'misspelled name',
  'partial name',
  'email fragment',
  'phone fragment',
  'list page',
];
interface Query {
  kind: Kind;
  search: string | null;
  /** The record the search was made from; counted as found when it is on the first page. */
  targetId: string | null;
}

const TURKISH_TO_ASCII: Record<string, string> = {
  ç: 'c',
  ğ: 'g',
  ı: 'i',
  İ: 'I',
  ö: 'o',
  ş: 's',
  ü: 'u',
  Ç: 'C',
  Ğ: 'G',
  Ö: 'O',
  Ş: 'S',
  Ü: 'U',
};

/** One or two typos: Turkish letters typed as ASCII, a dropped, doubled or swapped letter. */
function misspell(r: Random, name: string) {
  let s = name;
  const edits = 1 + r.int(2);
  for (let e = 0; e < edits; e++) {
    const i = 1 + r.int(Math.max(1, s.length - 2));
    switch (r.int(5)) {
      case 0: {
        const plain = s.replace(/[çğıİöşüÇĞÖŞÜ]/g, (c) => TURKISH_TO_ASCII[c]!);
        s = plain !== s ? plain : s.slice(0, i) + s.slice(i + 1);
        break;
      }
      case 1:
        s = s.slice(0, i) + s.slice(i + 1);
        break;
      case 2:
        s = s.slice(0, i) + s[i] + s.slice(i);
        break;
      case 3:
        s = s.slice(0, i - 1) + s[i] + s[i - 1] + s.slice(i + 1);
        break;
      default:
        s = s.toLowerCase();
    }
  }
  return s;
}

/** Spaces as people type a number: "532 111 22". */
const spaced = (digits: string) => digits.replace(/(\d{3})(\d{3})(\d+)/, '$1 $2 $3');

function buildQueries(r: Random, seeded: Seeded[], perKind: Record<Kind, number>): Query[] {
  const live = seeded.filter((s) => !s.mergedIntoId);
  const some = (ok: (s: Seeded) => boolean) => {
    for (;;) {
      const s = r.pick(live);
      if (ok(s)) return s;
    }
  };
  const queries: Query[] = [];
  for (let n = 0; n < perKind['misspelled name']; n++) {
    const s = some(() => true);
    queries.push({ kind: 'misspelled name', search: misspell(r, s.name), targetId: s.id });
  }
  for (let n = 0; n < perKind['partial name']; n++) {
    const s = some(() => true);
    const words = s.name.split(' ');
    const last = words.at(-1)!;
    const search = r.pick([
      words[0]!,
      last,
      last.slice(0, Math.max(4, last.length - 2)),
      `${words[0]} ${last.slice(0, 3)}`,
    ]);
    queries.push({ kind: 'partial name', search, targetId: null });
  }
  for (let n = 0; n < perKind['email fragment']; n++) {
    const s = some((x) => x.email !== null);
    const email = s.email!;
    const local = email.split('@')[0]!;
    const search = r.pick([
      email,
      local,
      local.slice(0, Math.max(5, Math.ceil(local.length * 0.7))),
      email.slice(Math.max(0, local.length - 4)),
    ]);
    queries.push({ kind: 'email fragment', search, targetId: s.id });
  }
  for (let n = 0; n < perKind['phone fragment']; n++) {
    const s = some((x) => x.phoneDigits !== null && x.phoneDigits.length >= 10);
    const d = s.phoneDigits!;
    const length = 6 + r.int(5);
    const tail = d.slice(d.length - length);
    queries.push({
      kind: 'phone fragment',
      search: r.chance(0.4) ? spaced(tail) : tail,
      targetId: s.id,
    });
  }
  for (let n = 0; n < perKind['list page']; n++) {
    queries.push({ kind: 'list page', search: null, targetId: null });
  }
  // Shuffled, so no kind runs only on a warm or a cold moment.
  for (let i = queries.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [queries[i], queries[j]] = [queries[j]!, queries[i]!];
  }
  return queries;
}

// ---------------------------------------------------------------------------------------------
// Measuring.

interface Sample {
  kind: Kind;
  ms: number;
  total: number;
  found: boolean | null;
}

/** Runs the queries one after another through the service; list pages follow their cursor. */
async function run(ctx: ServiceContext, queries: Query[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  let cursor: string | null = null;
  let pages = 0;
  for (const q of queries) {
    const after = q.search === null ? cursor : null;
    const started = performance.now();
    const page = await listCustomers({
      ctx,
      search: q.search,
      page: { first: PAGE_SIZE, after },
    });
    const ms = performance.now() - started;
    if (q.search === null) {
      // Staff page through the first few pages, then start over.
      pages = (pages + 1) % 10;
      cursor = pages === 0 ? null : page.pageInfo.endCursor;
    }
    samples.push({
      kind: q.kind,
      ms,
      total: page.totalCount,
      found: q.targetId ? page.edges.some((e) => e.node.id === q.targetId) : null,
    });
  }
  return samples;
}

/** Nearest-rank percentile. */
function percentile(sorted: number[], p: number) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  matches: number;
  found: string;
}

function stats(samples: Sample[]): Stats {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const judged = samples.filter((s) => s.found !== null);
  return {
    n: samples.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: ms.at(-1) ?? NaN,
    matches: Math.round(samples.reduce((sum, s) => sum + s.total, 0) / (samples.length || 1)),
    found: judged.length
      ? `${Math.round((100 * judged.filter((s) => s.found).length) / judged.length)}%`
      : '-',
  };
}

const f = (ms: number) => ms.toFixed(1);

function report(title: string, samples: Sample[]) {
  console.log(`\n${title}`);
  const header = [
    'query kind',
    'n',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'avg matches',
    'found',
  ];
  const rows = [
    ...KINDS.map((k) => [k, samples.filter((s) => s.kind === k)] as const),
    ['overall', samples] as const,
  ].map(([label, list]) => {
    const s = stats(list);
    return [label, String(s.n), f(s.p50), f(s.p95), f(s.p99), f(s.max), String(s.matches), s.found];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  return stats(samples);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const name = `plannivo_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  let database: Database | null = null;
  try {
    const [{ version }] = (await admin`select version()`) as unknown as [{ version: string }];
    console.log(`${version.split(' on ')[0]}; ${name} on ${url.host}`);
    await admin`create database ${admin(name)}`;

    const config = loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' });
    database = await openDatabase(config);
    await database.migrate();
    const db = database.db;

    let started = performance.now();
    const r = generator(20_250_601);
    const seeded: Seeded[] = [];
    for (const batch of customerBatches(r, CUSTOMERS, 2_000, seeded)) {
      await db.insert(customersTable).values(batch);
    }
    await db.execute(sql`analyze customers`);
    console.log(
      `seeded ${CUSTOMERS.toLocaleString('en')} customers in ${f((performance.now() - started) / 1000)} s`,
    );

    const log = createLogger(config);
    const ctx: ServiceContext = {
      // listCustomers reads only db and viewer; the rest is here for the type.
      deps: { config, db, log } as unknown as AppDeps,
      db,
      viewer: { userId: randomUUID(), role: 'MANAGER', locale: 'tr', sessionId: randomUUID() },
      apiKey: null,
      requestId: 'bench',
      ip: null,
      log,
      now: () => new Date(),
    };

    const warmup = buildQueries(r, seeded, {
      'misspelled name': 15,
      'partial name': 10,
      'email fragment': 10,
      'phone fragment': 10,
      'list page': 5,
    });
    const queries = buildQueries(r, seeded, {
      'misspelled name': 80,
      'partial name': 60,
      'email fragment': 60,
      'phone fragment': 60,
      'list page': 40,
    });

    await run(ctx, warmup);
    started = performance.now();
    const indexed = report(
      `with trigram indexes (${queries.length} queries, page of ${PAGE_SIZE})`,
      await run(ctx, queries),
    );
    const indexedSeconds = (performance.now() - started) / 1000;

    for (const index of Object.keys(TRIGRAM_INDEXES)) {
      await db.execute(sql.raw(`drop index ${index}`));
    }
    let baseline: Stats;
    try {
      await run(ctx, warmup);
      started = performance.now();
      baseline = report(
        'baseline: without trigram indexes (same queries)',
        await run(ctx, queries),
      );
    } finally {
      for (const create of Object.values(TRIGRAM_INDEXES)) await db.execute(sql.raw(create));
    }
    console.log(
      `\nwall time: ${f(indexedSeconds)} s indexed, ${f((performance.now() - started) / 1000)} s baseline`,
    );

    const passed = indexed.p95 < GOAL_MS;
    console.log(
      `customer search p95 ${f(indexed.p95)} ms (goal < ${GOAL_MS} ms), without trigram indexes ${f(baseline.p95)} ms (${(baseline.p95 / indexed.p95).toFixed(1)}x)${passed ? '' : ' — GOAL MISSED'}`,
    );
    return passed;
  } finally {
    await database?.close();
    if (KEEP && database) {
      console.log(`kept ${url.toString()}`);
    } else {
      await admin`drop database if exists ${admin(name)} with (force)`.catch((error: Error) =>
        console.error(`could not drop ${name}: ${error.message}`),
      );
    }
    await admin.end({ timeout: 5 });
  }
}

process.exitCode = (await main()) ? 0 : 1;
