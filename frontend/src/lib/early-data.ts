/**
 * The API resource that the start-up script of `index.html` (scripts/startup-plugin.ts) already
 * requested for the landing page, while the app's JavaScript was still downloading.
 */
interface EarlyData {
  path: string;
  data: Promise<unknown>;
}

declare global {
  interface Window {
    __fabriqueEarly?: EarlyData;
  }
}

/**
 * The early answer for `apiPath` (resolving to null when that request failed), or undefined when
 * the start-up script requested nothing for it. Taken once: later reads ask the API.
 */
export function takeEarlyData(apiPath: string): Promise<unknown> | undefined {
  const early = window.__fabriqueEarly;
  if (early?.path !== apiPath) return undefined;
  window.__fabriqueEarly = undefined;
  return early.data;
}
