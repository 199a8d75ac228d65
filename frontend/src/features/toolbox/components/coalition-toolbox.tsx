import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useInitiatives, useResources } from '@/features/toolbox/api/toolbox';
import { InitiativeCards, ResourceCards } from '@/features/toolbox/components/toolbox-cards';
import { mayShare } from '@/features/toolbox/components/toolbox-rights';
import { strings } from '@/features/toolbox/strings';

const RESOURCES_SHOWN = 10;
const INITIATIVES_SHOWN = 50;

/**
 * "Ressources et initiatives" on a coalition's page: the shared resources that serve it (the first
 * ones, with a link to all of them in the catalogue) and the local initiatives that relate to it,
 * with links to add one, prefilled with the coalition, for those who may. Its own chunk, loaded
 * when the reader gets near it: no form code comes with it.
 */
export default function CoalitionToolbox({ slug }: { slug: string }) {
  const { t } = useFeatureTranslation('toolbox', strings);
  const auth = useAuth();
  const resources = useResources({ coalition: slug, size: RESOURCES_SHOWN });
  const initiatives = useInitiatives({ coalition: slug, size: INITIATIVES_SHOWN });
  const from = `/coalitions/${slug}`;
  const prefill = new URLSearchParams({ coalition: slug, from }).toString();
  const share = mayShare(auth);
  return (
    <section aria-labelledby="coalition-toolbox-title">
      <h2 id="coalition-toolbox-title">{t('coalition.title')}</h2>
      <section aria-labelledby="coalition-resources-title">
        <h3 id="coalition-resources-title">{t('coalition.resources')}</h3>
        {share && (
          <p className="actions">
            <Link className="button button--secondary" to={`/resources/new?${prefill}`}>
              {t('resource.share')}
            </Link>
          </p>
        )}
        <QueryState query={resources} empty={t('coalition.noResources')}>
          {(page) => (
            <>
              <ResourceCards resources={page.items ?? []} heading="h4" from={from} />
              {(page.totalItems ?? 0) > (page.items ?? []).length && (
                <p>
                  <Link to={`/resources?${new URLSearchParams({ coalition: slug }).toString()}`}>
                    {t('coalition.allResources', { count: page.totalItems })}
                  </Link>
                </p>
              )}
            </>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="coalition-initiatives-title">
        <h3 id="coalition-initiatives-title">{t('coalition.initiatives')}</h3>
        {share && (
          <p className="actions">
            <Link className="button button--secondary" to={`/initiatives/new?${prefill}`}>
              {t('initiative.add')}
            </Link>
          </p>
        )}
        <QueryState query={initiatives} empty={t('coalition.noInitiatives')}>
          {(page) => (
            <>
              <InitiativeCards initiatives={page.items ?? []} heading="h4" from={from} />
              {(page.totalItems ?? 0) > (page.items ?? []).length && (
                <p className="muted">
                  {t('coalition.moreInitiatives', {
                    shown: (page.items ?? []).length,
                    count: page.totalItems,
                  })}
                </p>
              )}
            </>
          )}
        </QueryState>
      </section>
    </section>
  );
}
