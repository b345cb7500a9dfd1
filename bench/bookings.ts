/**
 * `npm run bench` (or `npm run bench:bookings`): the booking engine under load, through the
 * real HTTP endpoint with autocannon, against a large school on PostgreSQL.
 *
 * Creates a database `plannivo_bench_<random>` on the server DATABASE_URL names (default the
 * local one), migrates it with the API's migrations, seeds the school with COPY (school.ts;
 * BENCH_SCALE or --scale=0.1 for a smaller one), starts the API twice in child processes (with
 * and without the permission layer), signs a manager in, and measures:
 *   1. the calendar week query of one location, weeks of about 800, 500 and 2,000 bookings
 *      (pages of 1,000: the 2,000 week is two requests, timed together);
 *   2. availability of a lesson for a day;
 *   3. createBooking without conflicts (each request its own instructor and time);
 *   4. 200 concurrent createBooking calls for one instructor and time.
 * Reads are compared with one hand-written SQL query fetching the same rows (postgres.js, same
 * run), and with the same server without graphql-shield. Prints p50/p95, requests per
 * second, SQL statements per request, the ratios and the goals; drops the database (`--keep`
 * keeps it). Exits 1 when a goal is missed at full scale.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import postgres from 'postgres';
import { loadConfig } from '../api/src/config.js';
import { openDatabase, type Database } from '../api/src/db/client.js';
import { MAX_BOOKING_MINUTES } from '../api/src/modules/bookings/rules.js';
import { load, merge, percentile, sqlThroughput, timeSql, type Run } from './lib/load.js';
import { MANAGER, seedSchool, type SeededLocation, type SeededSchool } from './lib/school.js';
import { startServer, type BenchServer } from './lib/server.js';

const SERVER_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const KEEP = process.argv.includes('--keep');
/** --cpu-prof=<dir>: V8 CPU profiles of the API server (with permissions) go there. */
const PROFILE_DIR = process.argv
  .find((a) => a.startsWith('--cpu-prof='))
  ?.slice('--cpu-prof='.length);
const SCALE = Number(
  process.argv.find((a) => a.startsWith('--scale='))?.slice('--scale='.length) ??
    process.env.BENCH_SCALE ??
    1,
);
if (!(SCALE > 0 && SCALE <= 5)) throw new Error('the scale must be a number above 0, at most 5');

/** Concurrent connections of the throughput runs (the machine has 2 cores). */
const CONNECTIONS = 4;
/** Loads of each read scenario timed one at a time, in rounds interleaved with the others. */
const LATENCY_REQUESTS = 200;
const LATENCY_ROUNDS = 4;
const CREATE_REQUESTS = 600;
const RACERS = 200;
/** Seconds of each throughput run; three rounds per server, alternating. */
const ROUND_SECONDS = 5;
const ROUNDS = 3;
const PAGE = 1000;

const GOALS = {
  weekP95Ms: 100,
  weekVsSql: 3,
  growth2000vs500: 4.5,
  permissionsCost: 0.2,
};

const WEEK_QUERY = `query Week($filter: BookingFilter!, $after: String) {
  bookings(filter: $filter, first: ${PAGE}, after: $after) {
    edges { node { id status startsAt endsAt service { name } instructor { name } customers { name } price { formatted } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const AVAILABILITY_QUERY = `query Day($input: AvailabilityInput!) {
  availability(input: $input) { startsAt endsAt placesLeft instructors { id name } }
}`;

const CREATE_BOOKING = `mutation Book($input: CreateBookingInput!) {
  createBooking(input: $input) { id status startsAt }
}`;

const body = (query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');

// ---------------------------------------------------------------------------------------------

interface Week {
  monday: string;
  bookings: number;
  from: Date;
  to: Date;
}

/** Full weeks (Monday to Sunday, local time) of a location with their live bookings. */
async function weeksOf(sql: postgres.Sql, location: SeededLocation, school: SeededSchool) {
  const rows = await sql<{ monday: string; n: number }[]>`
    select (date_trunc('week', starts_at at time zone ${location.timezone}))::date::text as monday,
           count(*)::int as n
      from bookings
     where location_id = ${location.id} and deleted_at is null
     group by 1 order by 1`;
  return rows
    .filter(
      (r) =>
        r.monday >= school.firstDate &&
        DateTime.fromISO(r.monday).plus({ days: 6 }).toISODate()! <= school.lastDate,
    )
    .map((r): Week => {
      const monday = DateTime.fromISO(r.monday, { zone: location.timezone });
      return {
        monday: r.monday,
        bookings: r.n,
        from: monday.toJSDate(),
        to: monday.plus({ weeks: 1 }).toJSDate(),
      };
    });
}

const nearest = (weeks: Week[], target: number) =>
  weeks.reduce((best, w) =>
    Math.abs(w.bookings - target) < Math.abs(best.bookings - target) ? w : best,
  );

/**
 * The raw SQL a hand-written calendar would run: the week's rows in one query, with the same
 * lower bound on starts_at as the service (no booking lasts longer than four weeks), so both
 * read the same stretch of the (location, starts_at) index.
 */
function weekSql(sql: postgres.Sql, locationId: string, week: Week) {
  const earliest = new Date(week.from.getTime() - MAX_BOOKING_MINUTES * 60_000);
  return sql`
    select b.id, b.status, b.starts_at, b.ends_at, s.name as service_name,
           i.name as instructor_name, b.price_minor, b.currency,
           coalesce((select json_agg(c.name order by bp.created_at)
                       from booking_participants bp join customers c on c.id = bp.customer_id
                      where bp.booking_id = b.id and bp.cancelled_at is null), '[]') as customers
      from bookings b
      join services s on s.id = b.service_id
      left join instructors i on i.id = b.instructor_id
     where b.location_id = ${locationId} and b.deleted_at is null
       and b.ends_at > ${week.from} and b.starts_at < ${week.to} and b.starts_at > ${earliest}
     order by b.starts_at, b.id`;
}

/**
 * The raw fetch availability rests on: the location's instructors with their hours and
 * allocations of the day (overlap written as the gist index's range expression).
 */
function availabilitySql(sql: postgres.Sql, location: SeededLocation, date: string) {
  const day = DateTime.fromISO(date, { zone: location.timezone });
  return sql`
    select i.id, i.name, h.start_time, h.end_time, a.kind, a.starts_at, a.ends_at
      from instructor_locations il
      join instructors i on i.id = il.instructor_id and i.active
      left join instructor_hours h on h.instructor_id = i.id and h.location_id = il.location_id
                                  and h.weekday = ${day.weekday}
      left join allocations a on a.resource_id = i.id and a.active
                             and tstzrange(a.starts_at, a.ends_at, '[)')
                              && tstzrange(${day.toJSDate()}, ${day.plus({ days: 1 }).toJSDate()}, '[)')
     where il.location_id = ${location.id}`;
}

// ---------------------------------------------------------------------------------------------

/** One line of the results table. */
interface Row {
  scenario: string;
  run: Run;
  /** Requests that make one load, in a row (a 2,000-booking week is several pages). */
  perLoad?: number;
  /** Times of the raw SQL baseline, ms. */
  sql?: number[];
  /** Requests per second on CONNECTIONS connections (default: the run's own). */
  throughput?: number;
  sqlThroughput?: number;
}

/** Sums each `n` consecutive latencies: the time of a load made of `n` requests in a row. */
function loads(latencies: number[], n: number) {
  const out: number[] = [];
  for (let i = 0; i + n <= latencies.length; i += n) {
    out.push(latencies.slice(i, i + n).reduce((a, b) => a + b, 0));
  }
  return out;
}

const p95Of = (row: Row) => percentile(loads(row.run.latencies, row.perLoad ?? 1), 95);

function outcomesText(run: Run) {
  return [...run.outcomes].map(([k, v]) => `${k} ${v}`).join(', ');
}

function printTable(rows: Row[]) {
  const header = [
    'scenario',
    'n',
    'p50 ms',
    'p95 ms',
    'req/s',
    'SQL/req',
    'CPU ms/req',
    'SQL p50',
    'SQL p95',
    'p95 ×SQL',
    'SQL q/s',
  ];
  const lines = rows.map((r) => {
    const times = loads(r.run.latencies, r.perLoad ?? 1);
    const p95 = percentile(times, 95);
    return [
      r.scenario,
      String(times.length),
      f1(percentile(times, 50)),
      f1(p95),
      f1(r.throughput ?? r.run.throughput),
      f1(r.run.statementsPerRequest),
      f1(r.run.cpuPerRequest),
      r.sql ? f1(percentile(r.sql, 50)) : '-',
      r.sql ? f1(percentile(r.sql, 95)) : '-',
      r.sql ? `${f1(p95 / percentile(r.sql, 95))}x` : '-',
      r.sqlThroughput ? f1(r.sqlThroughput) : '-',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const l of lines) console.log(line(l));
}

const median = (values: number[]) => percentile(values, 50);

// ---------------------------------------------------------------------------------------------

async function signIn(server: BenchServer) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: MANAGER.email,
      p: MANAGER.password,
    }),
  });
  const json = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!json.data) throw new Error(`sign-in failed: ${JSON.stringify(json.errors)}`);
  return json.data.login.token;
}

/** One request outside the measurements, to find the cursors of a week's pages. */
async function pageCursors(server: BenchServer, token: string, filter: Record<string, unknown>) {
  const cursors: (string | null)[] = [null];
  for (;;) {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body(WEEK_QUERY, { filter, after: cursors.at(-1) }),
    });
    const json = (await res.json()) as {
      data?: { bookings: { pageInfo: { hasNextPage: boolean; endCursor: string } } };
      errors?: unknown;
    };
    if (!json.data) throw new Error(`week query failed: ${JSON.stringify(json.errors)}`);
    const info = json.data.bookings.pageInfo;
    if (!info.hasNextPage) return cursors;
    cursors.push(info.endCursor);
  }
}

async function main() {
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  const name = `plannivo_bench_${randomBytes(4).toString('hex')}`;
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  let database: Database | null = null;
  let sql: postgres.Sql | null = null;
  const servers: BenchServer[] = [];
  const goals: { text: string; passed: boolean }[] = [];
  try {
    const [{ version }] = (await admin`select version()`) as unknown as [{ version: string }];
    console.log(`${version.split(' on ')[0]}; ${name} on ${url.host}; scale ${SCALE}`);
    await admin`create database ${admin(name)}`;

    const config = loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' });
    database = await openDatabase(config);
    await database.migrate();
    sql = postgres(url.toString(), { max: CONNECTIONS, onnotice: () => {} });

    const school = await seedSchool(sql, database.db, { scale: SCALE, now: new Date() });
    const { rows } = school;
    console.log(
      `seeded ${rows.customers.toLocaleString('en')} customers, ${rows.bookings.toLocaleString('en')} bookings, ` +
        `${rows.participants.toLocaleString('en')} participants, ${rows.allocations.toLocaleString('en')} allocations ` +
        `(${school.firstDate} to ${school.lastDate}) in ${f1(school.seconds)} s`,
    );

    const location = school.locations[0]!;
    const weeks = await weeksOf(sql, location, school);
    const week800 = nearest(weeks, 800 * SCALE);
    const week500 = nearest(weeks, 500 * SCALE);
    const week2000 = nearest(weeks, 2000 * SCALE);
    console.log(
      `${location.name}: weeks of ${weeks.length ? Math.min(...weeks.map((w) => w.bookings)) : 0} to ` +
        `${Math.max(...weeks.map((w) => w.bookings))} bookings; measured: ` +
        [week800, week500, week2000].map((w) => `${w.monday} (${w.bookings})`).join(', '),
    );

    // The API twice: as deployed, and without the permission layer.
    const guarded = await startServer({
      databaseUrl: url.toString(),
      permissions: true,
      profileDir: PROFILE_DIR,
    });
    servers.push(guarded);
    const bare = await startServer({ databaseUrl: url.toString(), permissions: false });
    servers.push(bare);
    const token = await signIn(guarded);

    const weekBodies = async (week: Week) => {
      const filter = { locationId: location.id, from: week.from, to: week.to };
      const cursors = await pageCursors(guarded, token, filter);
      return cursors.map((after) => body(WEEK_QUERY, { filter, after }));
    };
    const [bodies800, bodies500, bodies2000] = [
      await weekBodies(week800),
      await weekBodies(week500),
      await weekBodies(week2000),
    ];
    const cycle = (list: string[]) => (i: number) => list[i % list.length]!;

    // A future day of the location with a typical load, for availability.
    const today = DateTime.now().setZone(location.timezone).toISODate()!;
    const days = await sql<{ day: string; n: number }[]>`
      select (starts_at at time zone ${location.timezone})::date::text as day, count(*)::int as n
        from bookings
       where location_id = ${location.id} and deleted_at is null and starts_at > now() + interval '2 days'
       group by 1`;
    const perDay = (week800.bookings / 7) * 1;
    const day = days.reduce(
      (best, d) => (Math.abs(d.n - perDay) < Math.abs(best.n - perDay) ? d : best),
      days[0] ?? { day: DateTime.fromISO(today).plus({ days: 7 }).toISODate()!, n: 0 },
    );
    const availabilityBody = body(AVAILABILITY_QUERY, {
      input: { serviceId: location.services.private.id, date: day.day },
    });

    // Warm both servers up (JIT, prepared statements, pools).
    for (const server of servers) {
      await load(server, { token, body: cycle(bodies800), connections: 2, amount: 40 });
      await load(server, { token, body: () => availabilityBody, connections: 2, amount: 40 });
    }

    // 1–2. Latency, one request at a time, and the raw SQL, in interleaved rounds: a burst of
    //      other work on the machine then touches every scenario alike.
    const reads = [
      {
        label: `week, ${week800.bookings} bookings`,
        bodies: bodies800,
        sql: () => weekSql(sql!, location.id, week800),
      },
      {
        label: `week, ${week500.bookings} bookings`,
        bodies: bodies500,
        sql: () => weekSql(sql!, location.id, week500),
      },
      {
        label: `week, ${week2000.bookings} bookings (${bodies2000.length} pages)`,
        bodies: bodies2000,
        sql: () => weekSql(sql!, location.id, week2000),
      },
      {
        label: `availability, ${day.day} (${day.n} bookings)`,
        bodies: [availabilityBody],
        sql: () => availabilitySql(sql!, location, day.day),
      },
    ].map((r) => ({ ...r, runs: [] as Run[], sqlTimes: [] as number[] }));
    for (let round = 0; round < LATENCY_ROUNDS; round += 1) {
      for (const r of reads) {
        r.runs.push(
          await load(guarded, {
            token,
            body: cycle(r.bodies),
            connections: 1,
            amount: (LATENCY_REQUESTS / LATENCY_ROUNDS) * r.bodies.length,
          }),
        );
        r.sqlTimes.push(...(await timeSql(r.sql, LATENCY_REQUESTS / LATENCY_ROUNDS)));
      }
    }
    const table: Row[] = reads.map((r) => ({
      scenario: r.label,
      run: merge(r.runs),
      perLoad: r.bodies.length,
      sql: r.sqlTimes,
    }));
    const [r800, r500, r2000, availabilityRow] = table as [Row, Row, Row, Row];

    // Throughput on CONNECTIONS connections, with and without the permission layer, in
    // alternating rounds; the raw SQL's on as many connections.
    const throughput = async (server: BenchServer, make: (i: number) => string) =>
      (await load(server, { token, body: make, connections: CONNECTIONS, seconds: ROUND_SECONDS }))
        .throughput;
    const compare = async (make: (i: number) => string) => {
      const withShield: number[] = [];
      const without: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        withShield.push(await throughput(guarded, make));
        without.push(await throughput(bare, make));
      }
      return { withShield: median(withShield), without: median(without) };
    };
    const weekThroughput = await compare(cycle(bodies800));
    r800.throughput = weekThroughput.withShield;
    r800.sqlThroughput = await sqlThroughput(reads[0]!.sql, {
      connections: CONNECTIONS,
      seconds: ROUND_SECONDS,
    });
    const dayThroughput = await compare(() => availabilityBody);
    availabilityRow.throughput = dayThroughput.withShield;
    availabilityRow.sqlThroughput = await sqlThroughput(reads[3]!.sql, {
      connections: CONNECTIONS,
      seconds: ROUND_SECONDS,
    });
    for (const row of [r500, r2000]) row.throughput = NaN;

    // 3. createBooking without conflicts: the days after the seeded range are empty; every
    //    request takes its own instructor and hour (instructors vary fastest).
    const freeFrom = DateTime.fromISO(school.lastDate).plus({ days: 2 });
    const customers = school.customerIds;
    const freeSlot = (i: number) => {
      const instructors = location.instructorIds.length;
      const instructorId = location.instructorIds[i % instructors]!;
      const slot = Math.floor(i / instructors);
      const hour = 8 + (slot % 12);
      const date = freeFrom.plus({ days: Math.floor(slot / 12) }).toISODate()!;
      const startsAt = DateTime.fromISO(`${date}T${String(hour).padStart(2, '0')}:00`, {
        zone: location.timezone,
      });
      return body(CREATE_BOOKING, {
        input: {
          serviceId: location.services.private.id,
          startsAt: startsAt.toISO(),
          customerIds: [customers[(i * 7919) % customers.length]],
          instructorId,
        },
      });
    };
    const createRun = await load(guarded, {
      token,
      body: freeSlot,
      connections: CONNECTIONS,
      amount: CREATE_REQUESTS,
    });
    table.push({ scenario: 'createBooking, no conflicts', run: createRun });

    // 4. 200 concurrent createBooking calls for one instructor and time.
    const contested = {
      instructorId: location.instructorIds[0]!,
      startsAt: DateTime.fromISO(`${freeFrom.plus({ days: 60 }).toISODate()}T10:00`, {
        zone: location.timezone,
      }),
    };
    const raceRun = await load(guarded, {
      token,
      body: (i) =>
        body(CREATE_BOOKING, {
          input: {
            serviceId: location.services.private.id,
            startsAt: contested.startsAt.toISO(),
            customerIds: [customers[i % customers.length]],
            instructorId: contested.instructorId,
          },
        }),
      connections: RACERS,
      amount: RACERS,
    });
    const [{ overlapping, holding }] = (await sql<{ overlapping: number; holding: number }[]>`
      select (select count(*)::int from allocations a join allocations b
                on a.resource_id = b.resource_id and a.id < b.id and a.active and b.active
               and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
             where a.resource_id = ${contested.instructorId}) as overlapping,
             (select count(*)::int from allocations
               where resource_id = ${contested.instructorId} and active
                 and starts_at = ${contested.startsAt.toJSDate()}) as holding`) as unknown as [
      { overlapping: number; holding: number },
    ];

    const [load1 = NaN, load5 = NaN] = loadavg();
    console.log(
      `\nlatency: one request at a time, ${LATENCY_REQUESTS} loads in ${LATENCY_ROUNDS} rounds interleaved with the ` +
        `other reads; req/s: ${CONNECTIONS} connections, median of ${ROUNDS} × ${ROUND_SECONDS} s; SQL: the same ` +
        `rows by one hand-written query (postgres.js), timed alike; load average now ${f2(load1)} (5 min ${f2(load5)})\n`,
    );
    printTable(table);
    console.log(
      `\ncreateBooking, no conflicts: ${outcomesText(createRun)} (${CONNECTIONS} connections, ${f1(createRun.seconds)} s)`,
    );
    const winners = raceRun.outcomes.get('OK') ?? 0;
    const conflicts = raceRun.outcomes.get('BOOKING_CONFLICT') ?? 0;
    const others = raceRun.requests - winners - conflicts + (raceRun.outcomes.get('NETWORK') ?? 0);
    console.log(
      `${RACERS} concurrent createBooking, one instructor and time: ${winners} won, ${conflicts} BOOKING_CONFLICT, ` +
        `${others} other (${outcomesText(raceRun)}); settled in ${f1(raceRun.seconds * 1000)} ms ` +
        `(p50 ${f1(percentile(raceRun.latencies, 50))} ms, max ${f1(Math.max(...raceRun.latencies))} ms); ` +
        `${holding} allocation held, ${overlapping} overlapping pairs; ${f1(raceRun.statementsPerRequest)} SQL/req`,
    );
    for (const [label, t] of [
      ['week query', weekThroughput],
      ['availability', dayThroughput],
    ] as const) {
      console.log(
        `permissions, ${label}: ${f1(t.withShield)} req/s with, ${f1(t.without)} req/s without ` +
          `(cost ${f1(100 * (1 - t.withShield / t.without))}%)`,
      );
    }

    // Goals.
    const weekP95 = p95Of(r800);
    const weekRatio = weekP95 / percentile(r800.sql!, 95);
    const growth = p95Of(r2000) / p95Of(r500);
    const cost = Math.max(
      1 - weekThroughput.withShield / weekThroughput.without,
      1 - dayThroughput.withShield / dayThroughput.without,
    );
    goals.push(
      {
        text: `week of ${week800.bookings} bookings p95 ${f1(weekP95)} ms (goal < ${GOALS.weekP95Ms} ms)`,
        passed: weekP95 < GOALS.weekP95Ms,
      },
      {
        text: `week p95 ${f2(weekRatio)}x the raw SQL's (goal ≤ ${GOALS.weekVsSql}x)`,
        passed: weekRatio <= GOALS.weekVsSql,
      },
      {
        text: `p95(${week2000.bookings}) / p95(${week500.bookings}) = ${f2(growth)} (goal ≤ ${GOALS.growth2000vs500})`,
        passed: growth <= GOALS.growth2000vs500,
      },
      {
        text: `permission layer costs ${f1(100 * cost)}% of throughput at most (goal ≤ ${100 * GOALS.permissionsCost}%)`,
        passed: cost <= GOALS.permissionsCost,
      },
      {
        text: `${RACERS} concurrent createBooking: ${winners} winner, ${conflicts} BOOKING_CONFLICT, ${others} other errors`,
        passed: winners === 1 && conflicts === RACERS - 1 && others === 0 && overlapping === 0,
      },
      {
        text: `createBooking without conflicts: ${createRun.outcomes.get('OK') ?? 0} of ${createRun.requests} created`,
        passed: (createRun.outcomes.get('OK') ?? 0) === createRun.requests,
      },
    );
    console.log(`\ngoals${SCALE === 1 ? '' : ` (set for scale 1; this run is scale ${SCALE})`}:`);
    for (const g of goals) console.log(`  ${g.passed ? 'met   ' : 'MISSED'}  ${g.text}`);
    return SCALE !== 1 || goals.every((g) => g.passed);
  } finally {
    for (const server of servers) await server.stop().catch(() => {});
    await sql?.end({ timeout: 5 });
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

const started = performance.now();
process.exitCode = (await main()) ? 0 : 1;
console.log(`bench wall time ${f1((performance.now() - started) / 1000)} s`);
