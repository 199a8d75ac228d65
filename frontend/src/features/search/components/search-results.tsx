import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SafeHtml } from '@/components/ui/safe-html';
import type { Schemas } from '@/lib/api-client';
import { useContentLang } from '@/lib/content-lang';

type Hit = Schemas['SearchHit'];
type HitType = NonNullable<Hit['type']>;
const types: readonly HitType[] = [
  'coalition',
  'note',
  'actor',
  'person',
  'event',
  'testimony',
  'territory',
  'resource',
  'initiative',
];
/** Types with a page of their own; the others open the page of their context. */
const pages: Partial<Record<string, string>> = {
  coalition: '/coalitions',
  note: '/notes',
  actor: '/actors',
  person: '/people',
  event: '/events',
  territory: '/territories',
};

/** Where a hit opens: its own page, or the page of the record it is shown on. */
function hitPath(type: HitType, hit: Hit): string | null {
  const own = pages[type];
  if (own && hit.slug) return `${own}/${hit.slug}`;
  const context = hit.context;
  const contextPage = context?.type ? pages[context.type] : undefined;
  return contextPage && context?.slug ? `${contextPage}/${context.slug}` : null;
}

/** Hits grouped by type, each group with its count; the matched words are marked. */
export function SearchResults({ results }: { results: Schemas['SearchResults'] }) {
  const { t } = useTranslation();
  const langOf = useContentLang();
  const items = results.items ?? [];
  return (
    <div className="search-results">
      {results.approximate && (
        <p className="notice">{t('search.approximate', { q: results.query })}</p>
      )}
      {types.map((type) => {
        const hits = items.filter((hit) => hit.type === type);
        if (hits.length === 0) return null;
        const count = results.counts?.[type] ?? hits.length;
        return (
          <section key={type} aria-labelledby={`results-${type}`}>
            <h2 id={`results-${type}`}>
              {t(`search.type.${type}`)} <span className="muted">({count})</span>
            </h2>
            <ul className="card-list">
              {hits.map((hit, index) => {
                const path = hitPath(type, hit);
                return (
                  <li key={`${type}-${hit.slug ?? String(index)}`}>
                    <article className="card">
                      <h3 className="card__title">
                        <span {...langOf(hit.languages, 'title')}>
                          {path ? <Link to={path}>{hit.title}</Link> : hit.title}
                        </span>
                      </h3>
                      {hit.context?.title && !pages[type] && (
                        <p className="muted">{t('search.shownOn', { title: hit.context.title })}</p>
                      )}
                      {hit.snippet ? (
                        <p {...langOf(hit.languages, 'snippet')}>
                          <SafeHtml
                            className="search-snippet"
                            profile="snippet"
                            html={hit.snippet}
                          />
                        </p>
                      ) : (
                        hit.excerpt && <p {...langOf(hit.languages, 'excerpt')}>{hit.excerpt}</p>
                      )}
                    </article>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
