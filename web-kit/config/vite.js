// Plain JavaScript, typed by vite.d.ts: Vite bundles an app's vite.config.ts but leaves linked
// workspace packages to Node, which cannot import TypeScript.

// The API serves each built app under its own prefix (with SPA fallback); in development Vite
// serves it and forwards API traffic, so the browser sees one origin and the session cookie
// just works.
const apiTarget = 'http://localhost:4000';

/**
 * Vite settings of a Plannivo web app.
 * @param {{ base: string; port: number; plugins: import('vite').PluginOption[] }} options
 *   `base` is where the API serves it (`/admin/`); `plugins` come from the app (React).
 */
export function webAppConfig({ base, port, plugins }) {
  return {
    base,
    plugins,
    server: {
      port,
      strictPort: true,
      proxy: {
        '/graphql': { target: apiTarget, ws: true },
        '/healthz': apiTarget,
        '/readyz': apiTarget,
        '/imports': apiTarget,
        '/files': apiTarget,
        '/rentals': apiTarget,
        '/invoices': apiTarget,
        '/finance': apiTarget,
      },
    },
    preview: { port, strictPort: true },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      rolldownOptions: {
        output: {
          // Libraries change far less often than the app: separate chunks stay cached on
          // phones across deploys and download in parallel.
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              },
              {
                name: 'apollo',
                test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|optimism|@wry|tslib)[\\/]/,
              },
            ],
          },
        },
      },
    },
  };
}
