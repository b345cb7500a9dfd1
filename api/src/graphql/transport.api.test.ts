import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

describe('GraphQL over HTTP', () => {
  it('answers GET queries that carry a preflight header', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null } });
  });

  it('refuses a GET a browser form could send (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('speaks application/graphql-response+json when asked', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it('answers malformed operations with BAD_USER_INPUT', async () => {
    expect((await t.gql('{ nope }')).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('{ me { ')).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await fetch(`${t.url}/healthz`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('health and metrics', () => {
  it('/healthz and /readyz answer 200 when everything is up', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { checks: Record<string, string> };
    expect(body.checks.database).toBe('ok');
    if (t.config.redis) expect(body.checks.redis).toBe('ok');
  });

  it('/metrics counts operations by name, type and outcome', async () => {
    await t.gql('query MetricsProbe { me { id } }');
    await t.gql('mutation MetricsFail { setMyLocale(locale: "tr") { id } }');
    const text = await (await fetch(`${t.url}/metrics`)).text();
    expect(text).toContain(
      'plannivo_graphql_operations_total{operation="MetricsProbe",type="query",outcome="success"} 1',
    );
    expect(text).toContain(
      'plannivo_graphql_operations_total{operation="MetricsFail",type="mutation",outcome="error"} 1',
    );
    expect(text).toMatch(
      /plannivo_graphql_operation_duration_seconds_count\{operation="MetricsProbe",type="query"\} 1/,
    );
    expect(text).toContain('plannivo_process_cpu_seconds_total');
  });
});
