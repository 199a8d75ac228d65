import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/**
 * What HTML each kind of content may keep, as DOMPurify configurations. The API sanitises every
 * piece of HTML it stores (jsoup); the SPA sanitises it again here before it reaches
 * `dangerouslySetInnerHTML` (through `SafeHtml`), so that a bug or a compromised backend cannot
 * reopen the hole.
 */
interface HtmlProfile {
  /** Allowed elements and, for each, its allowed attributes. Others are removed, text kept. */
  elements: Readonly<Record<string, readonly string[]>>;
  /** Attributes that are not URLs (DOMPurify checks any other against the allowed protocols). */
  plainAttributes: readonly string[];
  /** The `rel` every link gets; undefined when the profile allows no link. */
  linkRel?: string;
}

export const LINK_REL = 'nofollow ugc noopener';

export const htmlProfiles = {
  /**
   * Comments and suggestions: the API's allow-list (`comment/CommentHtml`, jsoup), links marked as
   * user-generated.
   */
  comment: {
    elements: {
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
    },
    plainAttributes: ['datetime'],
    linkRel: LINK_REL,
  },
  /**
   * Note bodies: Markdown rendered by the API (`common/text/MarkdownRenderer`: jsoup's `relaxed`
   * list without images), links as the API writes them.
   */
  note: {
    elements: {
      a: ['href', 'title'],
      b: [],
      blockquote: ['cite'],
      br: [],
      caption: [],
      cite: [],
      code: [],
      col: ['span', 'width'],
      colgroup: ['span', 'width'],
      dd: [],
      div: [],
      dl: [],
      dt: [],
      em: [],
      h1: [],
      h2: [],
      h3: [],
      h4: [],
      h5: [],
      h6: [],
      i: [],
      li: [],
      ol: ['start', 'type'],
      p: [],
      pre: [],
      q: ['cite'],
      small: [],
      span: [],
      strike: [],
      strong: [],
      sub: [],
      sup: [],
      table: ['summary', 'width'],
      tbody: [],
      td: ['abbr', 'axis', 'colspan', 'rowspan', 'width'],
      tfoot: [],
      th: ['abbr', 'axis', 'colspan', 'rowspan', 'scope', 'width'],
      thead: [],
      tr: [],
      u: [],
      ul: ['type'],
    },
    plainAttributes: [
      'span',
      'width',
      'start',
      'type',
      'abbr',
      'axis',
      'colspan',
      'rowspan',
      'scope',
    ],
    linkRel: 'nofollow noopener',
  },
  /** Search snippets: text escaped by the API, the matches in `<mark>`. */
  snippet: {
    elements: { mark: [] },
    plainAttributes: [],
  },
} satisfies Record<string, HtmlProfile>;

export type HtmlProfileName = keyof typeof htmlProfiles;

/** Only absolute http(s) and mailto URLs (no relative, protocol-relative, data: or script URL). */
const ALLOWED_URI = /^(?:https?|mailto):/i;

function configure(profile: HtmlProfile): { purifier: Purifier; config: Config } {
  const purifier = DOMPurify(window);
  const { linkRel } = profile;
  if (linkRel) {
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.localName === 'a') node.setAttribute('rel', linkRel);
    });
  }
  const config: Config = {
    ALLOWED_TAGS: Object.keys(profile.elements),
    ALLOWED_ATTR: [],
    // Attributes per element, rather than one list for all.
    ADD_ATTR: (attribute, element) =>
      Object.hasOwn(profile.elements, element) &&
      (profile.elements[element] ?? []).includes(attribute),
    ADD_URI_SAFE_ATTR: [...profile.plainAttributes],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  };
  return { purifier, config };
}

/** One DOMPurify instance per profile (its hooks are its own), made on first use. */
const purifiers = new Map<HtmlProfileName, ReturnType<typeof configure>>();

/** The HTML with only what the profile allows left. */
export function sanitizeHtml(html: string | null | undefined, profile: HtmlProfileName): string {
  if (!html) return '';
  let configured = purifiers.get(profile);
  if (!configured) {
    configured = configure(htmlProfiles[profile]);
    purifiers.set(profile, configured);
  }
  return configured.purifier.sanitize(html, configured.config);
}
