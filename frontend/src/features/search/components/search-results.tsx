import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';

type HitType = NonNullable<Schemas['SearchHit']['type']>;
const types: readonly HitType[] = ['coalition', 'note', 'actor', 'event'];
const paths: Record<HitType, string> = {
  coalition: '/coalitions',
  note: '/notes',
  actor: '/actors',
  event: '/events',
};

/** Hits grouped by type, each group with its count. */
export function SearchResults({ results }: { results: Schemas['SearchResults'] }) {
  const { t } = useTranslation();
  const items = results.items ?? [];
  return (
    <div className="search-results">
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
              {hits.map((hit) => (
                <li key={`${type}-${hit.slug ?? ''}`}>
                  <article className="card">
                    <h3 className="card__title">
                      <Link to={`${paths[type]}/${hit.slug ?? ''}`}>{hit.title}</Link>
                    </h3>
                    {hit.excerpt && <p>{hit.excerpt}</p>}
                  </article>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
