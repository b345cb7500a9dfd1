import type { PluginOption, UserConfig } from 'vite';

/**
 * Vite settings of a Plannivo web app: `base` is where the API serves it (`/admin/`); the app
 * passes its plugins (`react()`), which stay its own dependencies.
 */
export declare function webAppConfig(options: {
  base: string;
  port: number;
  plugins: PluginOption[];
}): UserConfig;
