import { parse } from 'cookie';

/** The httpOnly cookie that carries a browser's session token. */
export const SESSION_COOKIE = 'plannivo_session';

/** The session token of a request: `Authorization: Bearer <token>` first, else the cookie. */
export function readSessionToken(headers: {
  authorization?: string | undefined;
  cookie?: string | undefined;
}): string | null {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return bearer;
  if (!headers.cookie) return null;
  return parse(headers.cookie)[SESSION_COOKIE] ?? null;
}
