import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../platform/metrics.js';
import type { GraphQLContext } from './context.js';
import { classifyError, LOG_LEVEL_BY_CODE } from './errors.js';

/** Apollo plugins of ours: operation metrics, and error logging with the request id. */
export function createGraphQLPlugins(deps: {
  metrics: Metrics;
}): ApolloServerPlugin<GraphQLContext>[] {
  const metricsPlugin: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(rc) {
          deps.metrics.recordOperation({
            name: rc.operationName ?? rc.request.operationName,
            type: rc.operation?.operation ?? 'unknown',
            outcome: rc.errors?.length ? 'error' : 'success',
            seconds: Number(process.hrtime.bigint() - started) / 1e9,
          });
        },
      };
    },
  };

  const errorLogPlugin: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          const log = rc.contextValue?.log;
          if (!log) return;
          for (const err of rc.errors) {
            const code = classifyError(err);
            const level = LOG_LEVEL_BY_CODE[code];
            log[level]({ err, code, operation: rc.operationName, path: err.path }, err.message);
          }
        },
      };
    },
  };

  return [metricsPlugin, errorLogPlugin];
}
