/**
 * The one place that reads `import.meta.env`. Everything else imports `env`.
 * The API lives on the same origin as the app (it serves /portal/ itself, or Vite proxies to
 * it in development), so the endpoints are paths, not URLs.
 */
export const env = {
  /** Where the router is mounted, without a trailing slash: `/portal`. */
  basePath: import.meta.env.BASE_URL.replace(/\/$/, ''),
  graphqlPath: '/graphql',
  healthPath: '/healthz',
  isDev: import.meta.env.DEV,
} as const;
