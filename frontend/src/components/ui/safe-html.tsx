import { useMemo } from 'react';
import { sanitizeHtml, type HtmlProfileName } from '@/lib/sanitize-html';

/**
 * HTML that came from the API (comments, suggestions, note bodies, search snippets), sanitised
 * again by DOMPurify with the profile of its kind (`lib/sanitize-html.ts`) before it reaches the
 * DOM. The only way such HTML is rendered. A snippet is inline (a `span`), the others blocks.
 */
export function SafeHtml({
  html,
  profile,
  className,
  lang,
}: {
  html: string | null | undefined;
  profile: HtmlProfileName;
  className?: string;
  /** The language of the text, when it is not the page's. */
  lang?: string;
}) {
  const clean = useMemo(() => sanitizeHtml(html, profile), [html, profile]);
  const Element = profile === 'snippet' ? 'span' : 'div';
  // Sanitised by the API and again by DOMPurify: the profile's tags, attributes and URLs only.
  return <Element className={className} lang={lang} dangerouslySetInnerHTML={{ __html: clean }} />;
}
