import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { usePanorama } from '@/features/axes/api/get-panorama';
import { PanoramaAxis } from '@/features/axes/components/panorama-axis';
import { SuggestLauncher } from '@/features/suggestions/components/suggest-launcher';

export default function PanoramaRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('panorama.title'));
  const panorama = usePanorama();
  return (
    <>
      <h1>{t('panorama.title')}</h1>
      <p className="lead">{t('panorama.intro')}</p>
      <QueryState
        query={panorama}
        isEmpty={(data) => (data.axes ?? []).length === 0}
        empty={t('panorama.noAxes')}
      >
        {(data) => (
          <>
            {data.totals && (
              <section aria-labelledby="totals-title">
                <h2 id="totals-title" className="visually-hidden">
                  {t('panorama.totals')}
                </h2>
                <dl className="totals">
                  <div>
                    <dt>{t('panorama.totalCoalitions')}</dt>
                    <dd>{data.totals.coalitions ?? 0}</dd>
                  </div>
                  <div>
                    <dt>{t('panorama.totalActors')}</dt>
                    <dd>{data.totals.actors ?? 0}</dd>
                  </div>
                  <div>
                    <dt>{t('panorama.totalEvents')}</dt>
                    <dd>{data.totals.events ?? 0}</dd>
                  </div>
                  <div>
                    <dt>{t('panorama.totalNotes')}</dt>
                    <dd>{data.totals.publishedNotes ?? 0}</dd>
                  </div>
                </dl>
              </section>
            )}
            <p>
              <Link to="/graph">{t('panorama.graphLink')}</Link>
            </p>
            {(data.axes ?? []).map((axis) => (
              <PanoramaAxis key={axis.slug} axis={axis} health={data.health}>
                <SuggestLauncher
                  target={{ kind: 'axis', slug: axis.slug ?? '' }}
                  name={axis.name ?? ''}
                />
              </PanoramaAxis>
            ))}
          </>
        )}
      </QueryState>
    </>
  );
}
