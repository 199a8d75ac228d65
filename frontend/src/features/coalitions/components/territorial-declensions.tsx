import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useContentLang } from '@/lib/content-lang';

/** Local declensions of a coalition (or a territory's coalitions, with `show="coalition"`). */
export function TerritorialDeclensions({
  items,
  show,
  canEdit = false,
}: {
  items: readonly Schemas['TerritorialCoalition'][];
  show: 'territory' | 'coalition';
  /** Whether to show a link to edit each declension (the API checks the right anyway). */
  canEdit?: boolean;
}) {
  const { t } = useTranslation();
  const langOf = useContentLang();
  return (
    <ul className="card-list">
      {items.map((item) => (
        <li key={`${item.coalition?.slug ?? ''}-${item.territory?.slug ?? ''}`}>
          <article className="card">
            <h3 className="card__title">
              {show === 'territory' ? (
                <Link to={`/territories/${item.territory?.slug ?? ''}`}>
                  {item.territory?.name}
                </Link>
              ) : (
                <Link to={`/coalitions/${item.coalition?.slug ?? ''}`}>
                  {item.coalition?.number !== undefined && (
                    <>
                      <span className="coalition-number">{`#${item.coalition.number}`}</span>{' '}
                    </>
                  )}
                  <span {...langOf(item.coalition?.languages, 'title')}>
                    {item.coalition?.title}
                  </span>
                </Link>
              )}
            </h3>
            <p className="card__meta">
              {item.positioning && (
                <span className="badge">
                  {t('common.labelValue', {
                    label: t('territory.positioning'),
                    value: t(`positioning.${item.positioning}`),
                  })}
                </span>
              )}
              {item.status && (
                <span className="badge">
                  {t('common.labelValue', {
                    label: t('territory.status'),
                    value: t(`territorialStatus.${item.status}`),
                  })}
                </span>
              )}
              {item.priority && (
                <span className="badge badge--priority">{t('coalition.priority')}</span>
              )}
              <SampleBadge sample={item.sample} />
            </p>
            {item.commitments && (
              <p>
                {t('common.labelValue', {
                  label: t('coalition.commitments'),
                  value: item.commitments,
                })}
              </p>
            )}
            {item.partners && item.partners.length > 0 && (
              <>
                <p>
                  <strong>{t('coalition.partners')}</strong>
                </p>
                <ul>
                  {item.partners.map((partner, index) => (
                    <li key={index}>
                      {partner.actor ? (
                        <Link to={`/actors/${partner.actor.slug ?? ''}`}>{partner.actor.name}</Link>
                      ) : (
                        partner.label
                      )}{' '}
                      <span className="muted">
                        ({partner.scope && t(`partnerScope.${partner.scope}`)},{' '}
                        {partner.status && t(`partnerStatus.${partner.status}`)})
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {canEdit && (
              <p>
                <Link
                  className="edit-link"
                  to={`/coalitions/${item.coalition?.slug ?? ''}/territories/${item.territory?.slug ?? ''}/edit`}
                >
                  {t('declensionForm.editLink', {
                    name: show === 'territory' ? item.territory?.name : item.coalition?.title,
                  })}
                </Link>
              </p>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
