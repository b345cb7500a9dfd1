import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { BenchServer } from './server.js';

/** What one load run measured. */
export interface Run {
  /** Response times in ms, in the order the responses came. */
  latencies: number[];
  /** Responses by outcome: OK, or the GraphQL error code (HTTP_<status> without one). */
  outcomes: Map<string, number>;
  requests: number;
  seconds: number;
  /** Requests per second over the run's wall time. */
  throughput: number;
  /** SQL statements the server ran per request during the run. */
  statementsPerRequest: number;
  /** The server process's CPU time per request, in ms (unlike latency, not inflated by
   *  other work on the machine). */
  cpuPerRequest: number;
}

/** Several runs of one scenario (rounds interleaved with other scenarios) as one. */
export function merge(runs: readonly Run[]): Run {
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  const outcomes = new Map<string, number>();
  for (const r of runs)
    for (const [k, v] of r.outcomes) outcomes.set(k, (outcomes.get(k) ?? 0) + v);
  const weighted = (pick: (r: Run) => number) =>
    runs.reduce((n, r) => n + pick(r) * r.requests, 0) / Math.max(1, requests);
  return {
    latencies: runs.flatMap((r) => r.latencies),
    outcomes,
    requests,
    seconds,
    throughput: requests / seconds,
    statementsPerRequest: weighted((r) => r.statementsPerRequest),
    cpuPerRequest: weighted((r) => r.cpuPerRequest),
  };
}

/** Nearest-rank percentile of unsorted values. */
export function percentile(values: readonly number[], p: number) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** The outcome of a GraphQL response: OK, or the first error's code. */
function outcomeOf(status: number, body: string): string {
  // Cheap first: a 300 kB calendar page is not parsed unless it carries errors.
  if (status === 200 && !body.includes('"errors":')) return 'OK';
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return parsed.errors?.[0]?.extensions?.code ?? `HTTP_${status}`;
  } catch {
    return `HTTP_${status}`;
  }
}

/**
 * POSTs GraphQL operations to `server` with autocannon: `body(i)` is the i-th request's body
 * (each request may differ, through setupRequest). Runs `amount` requests, or for `seconds`.
 */
export async function load(
  server: BenchServer,
  options: {
    token: string;
    body: (i: number) => string;
    connections: number;
    amount?: number;
    seconds?: number;
  },
): Promise<Run> {
  let sent = 0;
  const latencies: number[] = [];
  const outcomes = new Map<string, number>();
  const before = await server.counters();
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: `${server.url}/graphql`,
      connections: options.connections,
      amount: options.amount,
      duration: options.seconds ?? 10,
      timeout: 60,
      requests: [
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${options.token}`,
          },
          setupRequest: (request) => ({ ...request, body: options.body(sent++) }),
          onResponse: (status, body) => {
            const outcome = outcomeOf(status, body);
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const result = await done;
  const seconds = (performance.now() - started) / 1000;
  const after = await server.counters();
  if (result.errors) outcomes.set('NETWORK', (outcomes.get('NETWORK') ?? 0) + result.errors);
  return {
    latencies,
    outcomes,
    requests: latencies.length,
    seconds,
    throughput: latencies.length / seconds,
    statementsPerRequest: (after.statements - before.statements) / Math.max(1, latencies.length),
    cpuPerRequest: (after.cpuMs - before.cpuMs) / Math.max(1, latencies.length),
  };
}

/** Runs `query` `amount` times, one at a time; returns each time in ms. */
export async function timeSql(query: () => Promise<unknown>, amount: number) {
  const latencies: number[] = [];
  for (let i = 0; i < amount; i += 1) {
    const started = performance.now();
    await query();
    latencies.push(performance.now() - started);
  }
  return latencies;
}

/** Queries per second of `query` run on `connections` at once for `seconds`. */
export async function sqlThroughput(
  query: () => Promise<unknown>,
  options: { connections: number; seconds: number },
) {
  let done = 0;
  const until = performance.now() + options.seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < until) {
        await query();
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}
