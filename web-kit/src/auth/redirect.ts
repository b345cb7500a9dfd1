/** Where the guard sends people after sign-in: the page they asked for. */
export interface LoginRedirectState {
  from?: string;
}

/** Only paths inside this app; anything else (or nothing) goes home. */
export function redirectTarget(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  if (from === '/login' || from.startsWith('/login?')) return '/';
  return from;
}
