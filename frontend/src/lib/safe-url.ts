/**
 * The URL when it is absolute and of an allowed protocol; undefined otherwise. For addresses that
 * the API sends as plain values (an author's website) and the SPA puts in an `href`.
 */
export function safeUrl(value: string, protocols: readonly string[]): string | undefined {
  // Browsers ignore control characters and surrounding spaces in URLs, which URL() does too. A
  // relative URL throws: refused.
  try {
    const url = new URL(value.trim());
    return protocols.includes(url.protocol) ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
