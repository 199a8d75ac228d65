import { Link, useSearchParams } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useTerritorialCounts, useTerritoryTree } from '@/features/territories/api/territories';
import { FranceMap } from '@/features/territories/components/france-map';
import { TerritoryTree } from '@/features/territories/components/territory-tree';
import { strings } from '@/features/territories/map-strings';
import { useFeatureTranslation } from '@/lib/i18n';

/**
 * /map (?level=regions): the SVG map of France shaded by territorial coalitions, by départements
 * or regions, and the tree as its alternative.
 */
export default function MapRoute() {
  const { t } = useFeatureTranslation('territoryMap', strings);
  useDocumentTitle(t('title'));
  const tree = useTerritoryTree();
  const counts = useTerritorialCounts();
  const [params] = useSearchParams();
  const level = params.get('level') === 'regions' ? 'regions' : 'departements';
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <nav aria-label={t('level')} className="segmented">
        <Link to="/map" aria-current={level === 'departements' ? 'page' : undefined}>
          {t('departements')}
        </Link>{' '}
        <Link to="/map?level=regions" aria-current={level === 'regions' ? 'page' : undefined}>
          {t('regions')}
        </Link>
      </nav>
      <div className="map-layout">
        <QueryState query={counts}>
          {(data) => <FranceMap roots={tree.data ?? []} counts={data} level={level} />}
        </QueryState>
        <section aria-labelledby="map-tree-title">
          <h2 id="map-tree-title">{t('tree')}</h2>
          <p className="hint">{t('treeHint')}</p>
          <QueryState query={tree}>
            {(roots) => <TerritoryTree roots={roots} labelledBy="map-tree-title" />}
          </QueryState>
        </section>
      </div>
    </>
  );
}
