import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { SampleBadge } from '@/components/ui/sample-badge';

export function ResourceList({ resources }: { resources: readonly Schemas['SharedResource'][] }) {
  const { t } = useTranslation();
  return (
    <ul className="card-list">
      {resources.map((resource) => (
        <li key={resource.slug}>
          <article className="card">
            <h3 className="card__title">
              {resource.url ? <a href={resource.url}>{resource.title}</a> : resource.title}
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
            {resource.description && <p>{resource.description}</p>}
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
  return (
    <ul className="card-list">
      {initiatives.map((initiative) => (
        <li key={initiative.slug}>
          <article className="card">
            <h3 className="card__title">
              {initiative.url ? <a href={initiative.url}>{initiative.title}</a> : initiative.title}{' '}
              <SampleBadge sample={initiative.sample} />
            </h3>
            {initiative.description && <p>{initiative.description}</p>}
            <p className="card__meta">
              {initiative.actor && (
                <Link to={`/actors/${initiative.actor.slug ?? ''}`}>{initiative.actor.name}</Link>
              )}
              {initiative.coalition && (
                <Link to={`/coalitions/${initiative.coalition.slug ?? ''}`}>
                  #{initiative.coalition.number} {initiative.coalition.title}
                </Link>
              )}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
