// Container health probe (the runtime image has no curl/wget).
// Usage: node healthcheck.mjs [/healthz|/readyz]   — exits 0 on HTTP 2xx, 1 otherwise.
const path = process.argv[2] ?? '/healthz';
const port = process.env.PORT ?? '4000';

try {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    signal: AbortSignal.timeout(4000),
  });
  process.exit(res.ok ? 0 : 1);
} catch {
  process.exit(1);
}
