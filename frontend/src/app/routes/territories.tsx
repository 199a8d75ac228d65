import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useTerritoryTree } from '@/features/territories/api/territories';
import { TerritoryTree } from '@/features/territories/components/territory-tree';

export default function TerritoriesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('territories.title'));
  const tree = useTerritoryTree();
  return (
    <>
      <h1>{t('territories.title')}</h1>
      <p className="lead">{t('territories.intro')}</p>
      <h2 id="tree-title">{t('territories.tree')}</h2>
      <QueryState query={tree} empty={t('territories.empty')}>
        {(roots) => <TerritoryTree roots={roots} labelledBy="tree-title" />}
      </QueryState>
    </>
  );
}
