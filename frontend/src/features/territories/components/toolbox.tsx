import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { SampleBadge } from '@/components/ui/sample-badge';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';
import { useContentLang } from '@/lib/content-lang';

export function ResourceList({ resources }: { resources: readonly Schemas['SharedResource'][] }) {
  const { t } = useTranslation();
  const langOf = useContentLang();
  return (
    <ul className="card-list">
      {resources.map((resource) => (
        <li key={resource.slug}>
          <article className="card">
            <h3 className="card__title">
              <span {...langOf(resource.languages, 'title')}>
                {resource.url ? <a href={resource.url}>{resource.title}</a> : resource.title}
              </span>
            </h3>
            <p className="card__meta">
              {resource.kind && <span className="badge">{t(`resourceKind.${resource.kind}`)}</span>}
              {resource.availability && <span>{t(`availability.${resource.availability}`)}</span>}
              {resource.licence && (
                <span>
                  {t('common.labelValue', {
                    label: t('territory.licence'),
                    value: resource.licence,
                  })}
                </span>
              )}
              <SampleBadge sample={resource.sample} />
            </p>
            {resource.description && (
              <p {...langOf(resource.languages, 'description')}>{resource.description}</p>
            )}
            {resource.publisher && (
              <p>
                <Link to={`/actors/${resource.publisher.slug ?? ''}`}>
                  {resource.publisher.name}
                </Link>
              </p>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}

export function InitiativeList({
  initiatives,
}: {
  initiatives: readonly Schemas['LocalInitiative'][];
}) {
  const langOf = useContentLang();
  return (
    <ul className="card-list">
      {initiatives.map((initiative) => (
        <li key={initiative.slug}>
          <article className="card">
            <h3 className="card__title">
              <span {...langOf(initiative.languages, 'title')}>
                {initiative.url ? (
                  <a href={initiative.url}>{initiative.title}</a>
                ) : (
                  initiative.title
                )}
              </span>{' '}
              <SampleBadge sample={initiative.sample} />
            </h3>
            {initiative.description && (
              <p {...langOf(initiative.languages, 'description')}>{initiative.description}</p>
            )}
            <p className="card__meta">
              {initiative.actor && (
                <Link to={`/actors/${initiative.actor.slug ?? ''}`}>{initiative.actor.name}</Link>
              )}
              {initiative.coalition && (
                <Link to={`/coalitions/${initiative.coalition.slug ?? ''}`}>
                  <CoalitionRefLabel coalition={initiative.coalition} />
                </Link>
              )}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
