import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics, all prefixed `plannivo_`. One registry per app instance, so several
 * instances in one test process do not clash.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'plannivo_' });

  const operations = new Counter({
    name: 'plannivo_graphql_operations_total',
    help: 'GraphQL operations executed, by operation name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'plannivo_graphql_operation_duration_seconds',
    help: 'GraphQL operation duration in seconds',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const wsConnections = new Gauge({
    name: 'plannivo_websocket_connections',
    help: 'Open GraphQL WebSocket connections',
    registers: [registry],
  });
  const httpRequests = new Counter({
    name: 'plannivo_http_requests_total',
    help: 'HTTP requests served, by route group and status class',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });

  // Operation names come from clients: cap how many distinct label values we keep.
  const seen = new Set<string>();
  const MAX_OPERATION_LABELS = 500;
  const operationLabel = (name: string | null | undefined) => {
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'anonymous';
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(name);
    return name;
  };

  return {
    registry,
    wsConnections,
    httpRequests,
    /** Records one finished GraphQL operation. */
    recordOperation(input: {
      name: string | null | undefined;
      type: string;
      outcome: 'success' | 'error';
      seconds: number;
    }) {
      const operation = operationLabel(input.name);
      operations.inc({ operation, type: input.type, outcome: input.outcome });
      duration.observe({ operation, type: input.type }, input.seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
