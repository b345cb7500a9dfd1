/** The open tab named by `?tab=`: one of `allowed`, else `fallback`. */
export function tabFrom<T extends string>(
  param: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return allowed.find((tab) => tab === param) ?? fallback;
}

/** The search params with `value` as the open tab; the fallback tab leaves `?tab=` out. */
export function withTab(
  params: URLSearchParams,
  value: string | null,
  fallback: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value && value !== fallback) next.set('tab', value);
  else next.delete('tab');
  return next;
}
