import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { CoalitionCard } from '@/components/domain/coalition-card';
import { KeywordCloud } from '@/features/axes/components/keyword-cloud';

/** `children`: what the page adds at the end of the axis (the button to suggest a subject). */
export function PanoramaAxis({
  axis,
  health = {},
  children,
}: {
  axis: Schemas['PanoramaAxis'];
  /** The health of the coalitions, by slug. */
  health?: Record<string, Schemas['CoalitionHealth']>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const slug = axis.slug ?? '';
  const count = axis.coalitionCount ?? 0;
  const shown = axis.coalitions ?? [];
  const subjects = axis.missingSubjects ?? [];
  const allies = axis.potentialAllies ?? [];
  return (
    <section
      className="axis-section"
      aria-labelledby={`axis-${slug}`}
      style={{ '--axis-colour': axis.colour ?? 'var(--accent)' } as CSSProperties}
    >
      <header className="axis-section__header">
        <h2 id={`axis-${slug}`}>
          <Link to={`/axes/${slug}`}>{axis.name}</Link>
        </h2>
        <p className="axis-section__count">{t('panorama.axisCoalitions', { count })}</p>
        {axis.description && <p>{axis.description}</p>}
      </header>
      <div className="axis-section__body">
        <div className="axis-section__cloud">
          <h3 id={`cloud-${slug}`}>{t('panorama.cloudTitle')}</h3>
          <p className="hint">{t('panorama.cloudHint')}</p>
          <KeywordCloud
            axisSlug={slug}
            keywords={axis.keywords ?? []}
            labelledBy={`cloud-${slug}`}
          />
        </div>
        <div className="axis-section__coalitions">
          {shown.length === 0 ? (
            <p className="state state--empty">{t('panorama.noCoalitions')}</p>
          ) : (
            <ul className="card-list">
              {shown.map((coalition) => (
                <li key={coalition.slug}>
                  <CoalitionCard coalition={coalition} health={health[coalition.slug ?? '']} />
                </li>
              ))}
            </ul>
          )}
          {count > shown.length && (
            <p>
              <Link to={`/coalitions?axis=${encodeURIComponent(slug)}`}>
                {t('panorama.seeAllCoalitions', { count })}
              </Link>
            </p>
          )}
          {subjects.length > 0 && (
            <SuggestedList title={t('panorama.missingSubjects')} items={subjects} />
          )}
          {allies.length > 0 && (
            <SuggestedList title={t('panorama.potentialAllies')} items={allies} />
          )}
          {children}
        </div>
      </div>
    </section>
  );
}

/** Suggestions people made and moderators accepted: missing subjects or potential allies. */
function SuggestedList({ title, items }: { title: string; items: Schemas['Suggestion'][] }) {
  return (
    <div className="axis-section__suggested">
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.actor?.slug ? (
              <Link to={`/actors/${item.actor.slug}`}>{item.title}</Link>
            ) : item.website ? (
              <a href={item.website} rel="nofollow ugc noopener">
                {item.title}
              </a>
            ) : (
              item.title
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
