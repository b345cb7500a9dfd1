/**
 * The one place that reads `import.meta.env`. Everything else imports `env`.
 * The API lives on the same origin as the app (it serves /admin/ itself, or Vite proxies to
 * it in development), so the endpoints are paths, not URLs.
 */
export const env = {
  /** Where the router is mounted, without a trailing slash: `/admin`. */
  basePath: import.meta.env.BASE_URL.replace(/\/$/, ''),
  graphqlPath: '/graphql',
  healthPath: '/healthz',
  /** The student and customer app, for people who land here by mistake. */
  portalUrl: '/portal/',
  isDev: import.meta.env.DEV,
} as const;
