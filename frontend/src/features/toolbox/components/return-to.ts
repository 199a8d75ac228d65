/**
 * The page to go back to after an edit (`?from=`): a path of this app only (never another site),
 * else `fallback`.
 */
export function returnTo(from: string | null, fallback: string): string {
  if (from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/\\')) return from;
  return fallback;
}
