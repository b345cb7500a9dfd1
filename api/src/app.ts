import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { pinoHttp } from 'pino-http';
import { WebSocketServer } from 'ws';
import { readSessionToken, SESSION_COOKIE } from './auth/cookies.js';
import { ANONYMOUS, resolveCaller, type Caller } from './auth/caller.js';
import { DomainError } from './errors.js';
import type { Config } from './config.js';
import type { AppDeps, HttpTransport, ServiceContext } from './context.js';
import { openDatabase, type Database } from './db/client.js';
import { createFormatError } from './graphql/errors.js';
import { toGraphQLContext, type GraphQLContext } from './graphql/context.js';
import { createOperationLimits, introspectionGate } from './graphql/limits.js';
import { createGraphQLPlugins } from './graphql/plugins.js';
import { buildBareSchema, buildExecutableSchema } from './graphql/schema.js';
import { registerJobs } from './jobs.js';
import { createFileRoutes } from './modules/documents/http.js';
import { createImportRoutes } from './modules/imports/http.js';
import { createInvoiceRoutes } from './modules/invoices/http.js';
import { createRentalRoutes } from './modules/rentals/http.js';
import { createFinanceRoutes } from './modules/finance/http.js';
import { remindOverdueRentals } from './modules/rentals/reminders.js';
import { purgeExpiredSessions } from './modules/identity/service.js';
import { expireWaitlistOffers } from './modules/bookings/waitlist.js';
import { remindMaintenance } from './modules/maintenance/reminders.js';
import { runMaintenanceScanJob } from './modules/maintenance/scan.js';
import { expirePackages } from './modules/packages/expire.js';
import { createReconciliationCsvRoute } from './modules/reconciliation/http.js';
import { runScheduledReconciliation } from './modules/reconciliation/service.js';
import { deliverMail, sweepMail } from './modules/mail/service.js';
import { createPlatform, type Platform } from './platform/index.js';
import { createLogger, type Logger } from './platform/logger.js';
import { createMetrics, type Metrics } from './platform/metrics.js';
import { seedDemoSchool, type DemoSeedResult } from './seed/demo.js';
import { StartupError } from './startup-error.js';

/** The login limits (attempts per window); tests shorten the windows. */
export const RATE_LIMITS = {
  loginByEmailAndIp: { points: 10, durationSeconds: 15 * 60 },
  loginByIp: { points: 100, durationSeconds: 15 * 60 },
  loginByEmail: { points: 50, durationSeconds: 60 * 60 },
  passwordReset: { points: 5, durationSeconds: 60 * 60 },
  apiKey: { points: 600, durationSeconds: 60 },
} as const;

export interface AppOptions {
  /** The clock every service reads; tests pass a fixed one. */
  now?: () => Date;
  rateLimits?: Partial<
    Record<keyof typeof RATE_LIMITS, { points: number; durationSeconds: number }>
  >;
  log?: Logger;
  /** Called with every SQL statement the API runs (db/client.ts): tests and the bench count them. */
  onQuery?: (sql: string) => void;
  /**
   * false serves the schema without graphql-shield (no access rules at all), so the bench
   * can measure what the permission layer costs. Code only, for bench/: no setting reads it,
   * and main.ts never passes it.
   */
  permissions?: boolean;
}

export interface App {
  readonly config: Config;
  readonly log: Logger;
  readonly port: number;
  readonly url: string;
  readonly deps: AppDeps;
  readonly database: Database;
  readonly metrics: Metrics;
  /** What the demo seed did at start-up, when it ran. */
  readonly demoSeed: DemoSeedResult | null;
  /** Stops accepting, drains requests and sockets, closes jobs, Redis and the database. */
  stop(): Promise<void>;
}

/**
 * Starts the whole API: binds the port first (so a taken port fails at once and /healthz
 * answers during migrations), then connects Redis and the database, migrates, seeds the demo
 * school when asked, and mounts GraphQL over HTTP and WebSocket. Throws StartupError naming
 * the setting when a dependency cannot be used; everything opened so far is closed again.
 */
export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config);
  const now = options.now ?? (() => new Date());
  const metrics = createMetrics();
  const state = { ready: false, draining: false };
  let graphqlHandler: RequestHandler | null = null;
  let filesHandler: RequestHandler | null = null;
  let importsHandler: RequestHandler | null = null;
  let rentalsHandler: RequestHandler | null = null;
  let invoicesHandler: RequestHandler | null = null;
  let financeHandler: RequestHandler | null = null;
  let reconciliationCsvHandler: RequestHandler | null = null;
  let database: Database | null = null;
  let platform: Platform | null = null;

  const expressApp = express();
  const server = http.createServer(expressApp);
  server.keepAliveTimeout = 65_000;

  expressApp.disable('x-powered-by');
  expressApp.set('trust proxy', config.trustProxy);
  expressApp.use(
    pinoHttp({
      logger: log,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id =
          typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming)
            ? incoming
            : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => !req.url?.startsWith('/graphql') },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'debug'),
    }),
  );
  expressApp.use((req, res, next) => {
    res.on('finish', () => {
      const route = req.path.split('/')[1] || 'root';
      const group = [
        'graphql',
        'files',
        'imports',
        'admin',
        'portal',
        'healthz',
        'readyz',
        'metrics',
      ].includes(route)
        ? route
        : 'other';
      metrics.httpRequests.inc({ route: group, status: `${Math.floor(res.statusCode / 100)}xx` });
    });
    next();
  });

  expressApp.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  expressApp.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = {};
    const check = async (name: string, ping: (() => Promise<void>) | undefined) => {
      if (!ping) return (checks[name] = 'starting');
      try {
        await ping();
        checks[name] = 'ok';
      } catch (error) {
        checks[name] = `failing: ${(error as Error).message}`;
      }
    };
    await Promise.all([
      check('database', database ? () => database!.ping() : undefined),
      config.redis ? check('redis', platform ? () => platform!.ping() : undefined) : null,
    ]);
    const ok = state.ready && !state.draining && Object.values(checks).every((v) => v === 'ok');
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ready' : state.draining ? 'draining' : 'not ready',
      checks,
    });
  });
  expressApp.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  expressApp.use('/graphql', express.json({ limit: '1mb' }), (req, res, next) => {
    if (graphqlHandler) return graphqlHandler(req, res, next);
    res.status(503).json({
      errors: [{ message: 'The API is starting', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });
  // Uploads and downloads of documents (modules/documents/http.ts); raw bodies, no parser.
  expressApp.use('/files', (req, res, next) => {
    if (filesHandler) return filesHandler(req, res, next);
    res
      .status(503)
      .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The API is starting' } });
  });
  // CSV imports over 1 MB (modules/imports/http.ts): raw text/csv bodies up to 20 MB.
  expressApp.use('/imports', (req, res, next) => {
    if (importsHandler) return importsHandler(req, res, next);
    res
      .status(503)
      .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The API is starting' } });
  });
  // Invoices and receipts as PDF (modules/invoices/http.ts).
  expressApp.use('/invoices', (req, res, next) => {
    if (invoicesHandler) return invoicesHandler(req, res, next);
    res
      .status(503)
      .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The API is starting' } });
  });
  // Rental contracts as PDF and their signature images (modules/rentals/http.ts).
  expressApp.use('/rentals', (req, res, next) => {
    if (rentalsHandler) return rentalsHandler(req, res, next);
    res
      .status(503)
      .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The API is starting' } });
  });
  // The reconciliation's discrepancies as CSV (modules/reconciliation/http.ts), before the
  // other /finance routes.
  expressApp.get('/finance/reconciliation.csv', (req, res, next) => {
    if (reconciliationCsvHandler) return reconciliationCsvHandler(req, res, next);
    res
      .status(503)
      .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The API is starting' } });
  });
  // Finance dashboard exports, CSV and PDF (modules/finance/http.ts).
  expressApp.use('/finance', (req, res, next) => {
    if (financeHandler) return financeHandler(req, res, next);
    res
      .status(503)
      .json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The API is starting' } });
  });
  mountWebApp(expressApp, '/admin', config.web.adminDir);
  mountWebApp(expressApp, '/portal', config.web.portalDir);
  expressApp.get('/', (_req, res) => res.redirect(302, '/portal/'));

  await listen(server, config);
  const port = (server.address() as AddressInfo).port;
  const wsServer = new WebSocketServer({ noServer: true });
  let closeSockets: () => Promise<void> = async () => {};
  let apollo: ApolloServer<GraphQLContext> | null = null;

  const shutdown = async () => {
    state.draining = true;
    state.ready = false;
    // Sockets first: the HTTP drain would otherwise wait for upgraded connections to end.
    await closeSockets();
    wsServer.close();
    if (apollo) await apollo.stop().catch((err) => log.error({ err }, 'apollo stop failed'));
    else await closeHttpServer(server, config.shutdownTimeoutMs);
    await platform?.close().catch((err) => log.error({ err }, 'platform close failed'));
    await database?.close().catch((err) => log.error({ err }, 'database close failed'));
  };

  try {
    platform = await createPlatform(config, log);
    database = await openDatabase(config, { onQuery: options.onQuery });
    await database.migrate();
    const demoSeed = config.demoSeed
      ? await seedDemoSchool(database.db, log, {
          files: platform.files,
          publicUrl: config.publicUrl,
        })
      : null;

    const limitRules = {
      ...RATE_LIMITS,
      loginByIp: { ...RATE_LIMITS.loginByIp, points: config.loginLimits.perIp },
      loginByEmail: { ...RATE_LIMITS.loginByEmail, points: config.loginLimits.perEmail },
      ...options.rateLimits,
    };
    const rateLimits: AppDeps['limits'] = {
      loginByEmailAndIp: platform.rateLimiter({ name: 'login', ...limitRules.loginByEmailAndIp }),
      loginByIp: platform.rateLimiter({ name: 'login-ip', ...limitRules.loginByIp }),
      loginByEmail: platform.rateLimiter({ name: 'login-email', ...limitRules.loginByEmail }),
      passwordReset: platform.rateLimiter({ name: 'password-reset', ...limitRules.passwordReset }),
      apiKey: platform.rateLimiter({ name: 'api-key', ...limitRules.apiKey }),
    };
    const deps: AppDeps = { config, db: database.db, platform, log, limits: rateLimits };
    const callerFor = (token: string | null) => resolveCaller(deps, token, now());
    const serviceContext = (caller: Caller, requestId: string, reqLog: Logger, ip: string | null) =>
      ({
        deps,
        db: deps.db,
        viewer: caller.viewer,
        apiKey: caller.apiKey,
        requestId,
        ip,
        log: reqLog,
        now,
      }) satisfies ServiceContext;

    registerJobs(platform.jobs, {
      purgeSessions: () => purgeExpiredSessions(deps, now()).then(() => undefined),
      deliverMail: ({ mailId }) => deliverMail(deps, mailId, now()).then(() => undefined),
      sweepMail: () => sweepMail(deps, now()).then(() => undefined),
      expireWaitlistOffers: () => expireWaitlistOffers(deps, now()).then(() => undefined),
      remindOverdueRentals: () => remindOverdueRentals(deps, now()).then(() => undefined),
      scanMaintenance: () => runMaintenanceScanJob(deps, now()).then(() => undefined),
      remindMaintenance: () => remindMaintenance(deps, now()).then(() => undefined),
      expirePackages: () => expirePackages(deps, now()).then(() => undefined),
      runReconciliation: () => runScheduledReconciliation(deps, now()).then(() => undefined),
    });
    await platform.jobs.start();
    await platform.jobs.every('sessions.purgeExpired', 60 * 60 * 1000, {});
    await platform.jobs.every('mail.sweep', 60 * 1000, {});
    await platform.jobs.every('waitlist.expireOffers', 60 * 1000, {});
    await platform.jobs.every('rentals.remindOverdue', 5 * 60 * 1000, {});
    await platform.jobs.every('maintenance.scan', 15 * 60 * 1000, {});
    await platform.jobs.every('maintenance.remind', 60 * 60 * 1000, {});
    await platform.jobs.every('packages.expire', 60 * 60 * 1000, {});
    await platform.jobs.every('reconciliation.run', 60 * 60 * 1000, {});

    const schema: GraphQLSchema =
      options.permissions === false ? await buildBareSchema() : await buildExecutableSchema();
    const formatError = createFormatError({ exposeInternalMessages: !config.isProduction });
    const limits = createOperationLimits({ blockFieldSuggestions: config.isProduction });

    // WebSocket: authenticated once on connect (cookie or connectionParams), then each
    // subscription checks its viewer on subscribe and per event.
    const wsCleanup = useServer<Record<string, unknown> | undefined, { caller?: Caller }>(
      {
        schema,
        // The same size limits as over HTTP.
        validate: (s, document) =>
          validate(s, document, [...specifiedRules, ...limits.validationRules]),
        onConnect: async (ctx) => {
          const params = ctx.connectionParams ?? {};
          const header =
            typeof params.authorization === 'string' ? params.authorization : undefined;
          const token = readSessionToken({
            authorization: header,
            cookie: ctx.extra.request.headers.cookie,
          });
          try {
            ctx.extra.caller = await callerFor(token);
          } catch {
            return false; // an API key over its rate limit: the socket is refused
          }
          metrics.wsConnections.inc();
          return true;
        },
        // Same error shapes over WebSocket as over HTTP (Apollo's formatError is HTTP only).
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors
            ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
            : undefined,
        // Errors here are request errors (parse, validation, limits): the client's to fix.
        onError: (_ctx, _id, _payload, errors) =>
          errors.map((e) => formatError(e.toJSON(), asRequestError(e))) as never,
        onClose: (ctx) => {
          if (ctx.acknowledged) metrics.wsConnections.dec();
        },
        onOperation: (_ctx, _id, payload) => {
          metrics.recordOperation({
            name: payload.operationName,
            type: 'subscription',
            outcome: 'success',
            seconds: 0,
          });
        },
        context: (ctx) =>
          toGraphQLContext(
            serviceContext(
              ctx.extra.caller ?? ANONYMOUS,
              randomUUID(),
              log.child({ transport: 'ws' }),
              ctx.extra.request.socket.remoteAddress ?? null,
            ),
            null,
          ),
      },
      wsServer,
    );
    closeSockets = () => Promise.resolve(wsCleanup.dispose());
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/graphql') || state.draining) return socket.destroy();
      wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
    });

    apollo = new ApolloServer<GraphQLContext>({
      schema,
      // Gated per request by introspectionGate: anonymous callers only outside production.
      introspection: true,
      validationRules: limits.validationRules,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      formatError,
      plugins: [
        ApolloServerPluginDrainHttpServer({
          httpServer: server,
          stopGracePeriodMillis: config.shutdownTimeoutMs,
        }),
        ApolloServerPluginLandingPageDisabled(),
        // No cache hints are used; Apollo's cache-control plugin would otherwise wrap every
        // field's resolver, a third of what a calendar week allocates (bench/README.md).
        ApolloServerPluginCacheControlDisabled(),
        ...limits.plugins,
        introspectionGate({ anonymousAllowed: !config.isProduction }),
        ...createGraphQLPlugins({ metrics }),
      ],
    });
    await apollo.start();
    graphqlHandler = expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = readSessionToken({
          authorization: req.headers.authorization,
          cookie: req.headers.cookie,
        });
        const caller = await callerFor(token).catch(asHttpError);
        return toGraphQLContext(
          serviceContext(caller, String(req.id), req.log, req.ip ?? null),
          httpTransport(req, res, config),
        );
      },
    });
    // The raw upload routes sign callers in as /graphql does (cookie or Bearer).
    const rawRouteContext = async (req: express.Request) => {
      const token = readSessionToken({
        authorization: req.headers.authorization,
        cookie: req.headers.cookie,
      });
      return serviceContext(await callerFor(token), String(req.id), req.log, req.ip ?? null);
    };
    filesHandler = createFileRoutes({ contextFor: rawRouteContext });
    importsHandler = createImportRoutes({ contextFor: rawRouteContext });
    rentalsHandler = createRentalRoutes({ contextFor: rawRouteContext });
    invoicesHandler = createInvoiceRoutes({ contextFor: rawRouteContext });
    financeHandler = createFinanceRoutes({ contextFor: rawRouteContext });
    reconciliationCsvHandler = createReconciliationCsvRoute({ contextFor: rawRouteContext });
    state.ready = true;

    let stopping: Promise<void> | null = null;
    return {
      config,
      log,
      port,
      url: `http://127.0.0.1:${port}`,
      deps,
      database,
      metrics,
      demoSeed,
      stop: () => (stopping ??= shutdown()),
    };
  } catch (error) {
    await shutdown().catch(() => {});
    throw error;
  }
}

/**
 * Apollo answers 500 to anything thrown while building the context, except a GraphQLError,
 * whose code and HTTP status it keeps: a rate-limited API key gets 429 and its retry time.
 */
function asHttpError(error: unknown): never {
  if (error instanceof DomainError) {
    const retry = error.details.retryAfterSeconds;
    throw new GraphQLError(error.message, {
      extensions: {
        code: error.code,
        ...error.details,
        http: {
          status: error.code === 'RATE_LIMITED' ? 429 : 400,
          headers: new Map(retry ? [['retry-after', String(retry)]] : []),
        },
      },
    });
  }
  throw error;
}

/** A request error as Apollo would classify it over HTTP (graphql-ws leaves no code). */
function asRequestError(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
  });
}

function listen(server: http.Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError('PORT', `port ${config.port} is already in use; choose a free PORT`),
        );
      } else if (error.code === 'EACCES') {
        reject(new StartupError('PORT', `no permission to listen on port ${config.port}`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new StartupError('HOST', `cannot listen on ${config.host} (${error.code})`));
      } else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(config.port, config.host);
  });
}

/** Closes a server that never got as far as Apollo (a failed start-up). */
function closeHttpServer(server: http.Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

function httpTransport(req: Request, res: Response, config: Config): HttpTransport {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.isProduction,
    path: '/',
  };
  return {
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent'] ?? null,
    setSessionCookie: (token, expiresAt) =>
      res.cookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt }),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
  };
}

/**
 * Serves a built web app under `prefix`: hashed assets cached for a year, index.html never
 * cached, and every other path under the prefix answered with index.html so deep links work.
 */
function mountWebApp(app: express.Express, prefix: string, dir: string) {
  const index = path.join(dir, 'index.html');
  app.use(
    prefix,
    express.static(dir, {
      index: false,
      redirect: false,
      setHeaders: (res, file) => {
        res.setHeader(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    }),
  );
  app.get([prefix, `${prefix}/*splat`], (req, res) => {
    // Express ignores a trailing slash when matching: tell "/admin" from "/admin/" ourselves.
    if (req.originalUrl.split('?')[0] === prefix) return res.redirect(301, `${prefix}/`);
    if (path.extname(req.path) && !req.path.endsWith('.html')) {
      return res.status(404).type('text/plain').send('Not found');
    }
    if (!existsSync(index)) {
      return res
        .status(503)
        .type('text/plain')
        .send(
          `This app is not built yet. Run "npm run build" (or "npm start") at the repository root.`,
        );
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
