/**
 * Defence in depth for the HTML of public contributions (comment bodies, suggestion
 * descriptions). The API already sanitises it with an allow-list (jsoup); the SPA keeps only the
 * same allow-list again before handing it to `dangerouslySetInnerHTML`, so that a bug or a
 * compromised backend cannot reopen the hole.
 *
 * The markup is parsed in an inert document (DOMParser: no script runs, nothing loads) and
 * rebuilt element by element: allowed tags with their allowed attributes only, `href` and `cite`
 * only as absolute http(s) (and mailto for links) URLs, links always with
 * `rel="nofollow ugc noopener"`; other elements are unwrapped (their text stays, as text), and
 * the content of script-like elements is dropped.
 */

/** Allowed elements and, for each, its allowed attributes (as the API's CommentHtml). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  abbr: ['title'],
  acronym: ['title'],
  b: [],
  blockquote: ['cite'],
  cite: [],
  code: [],
  del: ['datetime'],
  em: [],
  i: [],
  q: ['cite'],
  s: [],
  strike: [],
  strong: [],
};

/** Elements whose content is never text for a reader: dropped with everything inside. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'textarea',
  'select',
  'option',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
]);

export const LINK_REL = 'nofollow ugc noopener';

const URL_PROTOCOLS: Readonly<Record<string, readonly string[]>> = {
  href: ['http:', 'https:', 'mailto:'],
  cite: ['http:', 'https:'],
};

/** The URL when it is absolute and of an allowed protocol; undefined otherwise. */
export function safeUrl(value: string, protocols: readonly string[]): string | undefined {
  // The parser has already decoded entities; browsers also ignore control characters and
  // surrounding spaces in URLs, which URL() does too. A relative URL throws: refused.
  try {
    const url = new URL(value.trim());
    return protocols.includes(url.protocol) ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

function copyChildren(from: Node, to: Node, doc: Document, depth: number): void {
  for (const child of Array.from(from.childNodes)) copyNode(child, to, doc, depth);
}

function copyNode(node: Node, to: Node, doc: Document, depth: number): void {
  if (node.nodeType === Node.TEXT_NODE) {
    to.appendChild(doc.createTextNode(node.textContent ?? ''));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE || depth > 50) return; // comments, CDATA, runaway nesting
  const element = node as Element;
  const name = element.localName.toLowerCase();
  const foreign = element.namespaceURI !== 'http://www.w3.org/1999/xhtml';
  if (DROPPED.has(name) || foreign) return;
  const attributes = Object.hasOwn(ALLOWED, name) ? ALLOWED[name] : undefined;
  if (!attributes) {
    copyChildren(element, to, doc, depth + 1); // unwrapped: its text stays, as text
    return;
  }
  const clean = doc.createElement(name);
  for (const attribute of attributes) {
    const value = element.getAttribute(attribute);
    if (value === null) continue;
    const protocols = URL_PROTOCOLS[attribute];
    const safe = protocols ? safeUrl(value, protocols) : value;
    if (safe !== undefined) clean.setAttribute(attribute, safe);
  }
  if (name === 'a') clean.setAttribute('rel', LINK_REL);
  copyChildren(element, clean, doc, depth + 1);
  to.appendChild(clean);
}

/** The HTML with only the allowed tags, attributes and URLs left. */
export function sanitizeHtml(html: string | null | undefined): string {
  if (!html) return '';
  const source = new DOMParser().parseFromString(html, 'text/html');
  const target = document.implementation.createHTMLDocument('');
  const container = target.createElement('div');
  copyChildren(source.body, container, target, 0);
  return container.innerHTML;
}
