import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';
import { SampleBadge } from '@/components/ui/sample-badge';
import type { Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useContentLang } from '@/lib/content-lang';
import { useFeatureTranslation } from '@/lib/i18n';
import { safeUrl } from '@/lib/safe-url';
import { mayEdit } from '@/features/toolbox/components/toolbox-rights';
import { strings } from '@/features/toolbox/strings';

type Heading = 'h2' | 'h3' | 'h4';

/** The address to come back to after an edit (`?from=`), when the list is not its default one. */
function withFrom(path: string, from: string | undefined): string {
  return from ? `${path}?${new URLSearchParams({ from }).toString()}` : path;
}

/** The title of a record, a link to its own address when it has a safe one. */
function Title({
  as: Tag,
  title,
  url,
  lang,
}: {
  as: Heading;
  title: string | undefined;
  url: string | undefined;
  lang: { lang?: string };
}) {
  const href = url ? safeUrl(url, ['http:', 'https:']) : undefined;
  return (
    <Tag className="card__title">
      <span {...lang}>{href ? <a href={href}>{title}</a> : title}</span>
    </Tag>
  );
}

/** "Label : value" with the reader's punctuation (a space before the colon in French). */
function Labelled({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <span>
      {t('common.labelValue', { label, value: '' })}
      {children}
    </span>
  );
}

function EditLink({ to, title }: { to: string; title: string | undefined }) {
  const { t } = useFeatureTranslation('toolbox', strings);
  return (
    <p className="card__actions">
      <Link
        className="button button--small button--secondary"
        to={to}
        aria-label={t('item.editNamed', { title: title ?? '' })}
      >
        {t('item.edit')}
      </Link>
    </p>
  );
}

/**
 * Shared resources as cards: title (a link to the resource), kind, availability, licence,
 * publisher, territory, coalitions, sample badge, and "Modifier" for those who may edit it.
 */
export function ResourceCards({
  resources,
  heading = 'h2',
  from,
}: {
  resources: readonly Schemas['SharedResource'][];
  heading?: Heading;
  /** The page to come back to after an edit. */
  from?: string;
}) {
  const { t: tc } = useTranslation();
  const { t } = useFeatureTranslation('toolbox', strings);
  const auth = useAuth();
  const langOf = useContentLang();
  return (
    <ul className="card-list">
      {resources.map((resource) => (
        <li key={resource.slug}>
          <article className="card">
            <Title
              as={heading}
              title={resource.title}
              url={resource.url}
              lang={langOf(resource.languages, 'title')}
            />
            <p className="card__meta">
              {resource.kind && (
                <span className="badge">{tc(`resourceKind.${resource.kind}`)}</span>
              )}
              {resource.availability && (
                <Labelled label={t('item.availability')}>
                  {tc(`availability.${resource.availability}`)}
                </Labelled>
              )}
              {resource.licence && (
                <Labelled label={t('item.licence')}>{resource.licence}</Labelled>
              )}
              <SampleBadge sample={resource.sample} />
            </p>
            {resource.description && (
              <p {...langOf(resource.languages, 'description')}>{resource.description}</p>
            )}
            <p className="card__meta">
              {resource.publisher?.slug && (
                <Labelled label={t('item.publisher')}>
                  <Link to={`/actors/${resource.publisher.slug}`}>{resource.publisher.name}</Link>
                </Labelled>
              )}
              {resource.territory?.slug && (
                <Labelled label={t('item.territory')}>
                  <Link to={`/territories/${resource.territory.slug}`}>
                    {resource.territory.name}
                  </Link>
                </Labelled>
              )}
              {resource.coalitions && resource.coalitions.length > 0 && (
                <Labelled label={t('item.coalitions')}>
                  {resource.coalitions.map((coalition, index) => (
                    <span key={coalition.slug}>
                      {index > 0 && ', '}
                      <Link to={`/coalitions/${coalition.slug ?? ''}`}>
                        <CoalitionRefLabel coalition={coalition} />
                      </Link>
                    </span>
                  ))}
                </Labelled>
              )}
            </p>
            {resource.slug && mayEdit(auth, resource.publisher?.slug) && (
              <EditLink
                to={withFrom(`/resources/${resource.slug}/edit`, from)}
                title={resource.title}
              />
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}

/** Local initiatives as cards: title, territory, carrying actor, coalition, and "Modifier". */
export function InitiativeCards({
  initiatives,
  heading = 'h2',
  from,
}: {
  initiatives: readonly Schemas['LocalInitiative'][];
  heading?: Heading;
  from?: string;
}) {
  const { t } = useFeatureTranslation('toolbox', strings);
  const auth = useAuth();
  const langOf = useContentLang();
  return (
    <ul className="card-list">
      {initiatives.map((initiative) => (
        <li key={initiative.slug}>
          <article className="card">
            <Title
              as={heading}
              title={initiative.title}
              url={initiative.url}
              lang={langOf(initiative.languages, 'title')}
            />
            {initiative.sample && (
              <p className="card__meta">
                <SampleBadge sample={initiative.sample} />
              </p>
            )}
            {initiative.description && (
              <p {...langOf(initiative.languages, 'description')}>{initiative.description}</p>
            )}
            <p className="card__meta">
              {initiative.territory?.slug && (
                <Labelled label={t('item.territory')}>
                  <Link to={`/territories/${initiative.territory.slug}`}>
                    {initiative.territory.name}
                  </Link>
                </Labelled>
              )}
              {initiative.actor?.slug && (
                <Labelled label={t('item.carriedBy')}>
                  <Link to={`/actors/${initiative.actor.slug}`}>{initiative.actor.name}</Link>
                </Labelled>
              )}
              {initiative.coalition?.slug && (
                <Labelled label={t('item.coalition')}>
                  <Link to={`/coalitions/${initiative.coalition.slug}`}>
                    <CoalitionRefLabel coalition={initiative.coalition} />
                  </Link>
                </Labelled>
              )}
            </p>
            {initiative.slug && mayEdit(auth, initiative.actor?.slug) && (
              <EditLink
                to={withFrom(`/initiatives/${initiative.slug}/edit`, from)}
                title={initiative.title}
              />
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
