import { useMemo } from 'react';
import { sanitizeHtml } from '@/lib/safe-html';

/**
 * HTML of a public contribution, already sanitised by the API, sanitised again here
 * (`lib/safe-html.ts`) before it reaches the DOM. The only way user HTML is rendered.
 */
export function SafeHtml({
  html,
  className,
}: {
  html: string | null | undefined;
  className?: string;
}) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  // Sanitised by the API and again by sanitizeHtml: allow-listed tags, attributes and URLs only.
  return <div className={className} dangerouslySetInnerHTML={{ __html: clean }} />;
}
