/**
 * A setting that looked valid but cannot be used (port taken, server unreachable). main.ts
 * prints it as one line naming the setting and exits 1, without a stack trace.
 */
export class StartupError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'StartupError';
  }
}
