import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useTerritoryTree } from '@/features/territories/api/territories';
import { TerritoryTree } from '@/features/territories/components/territory-tree';
import { strings as exchangeStrings } from '@/features/exchanges/strings';
import { strings as editStrings } from '@/features/territories/edit-strings';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';

export default function TerritoriesRoute() {
  const { t } = useTranslation();
  const { t: tExchanges } = useFeatureTranslation('exchanges', exchangeStrings);
  const { t: tEdit } = useFeatureTranslation('territoryEdit', editStrings);
  const auth = useAuth();
  useDocumentTitle(t('territories.title'));
  const tree = useTerritoryTree();
  return (
    <>
      <h1>{t('territories.title')}</h1>
      <p className="lead">{t('territories.intro')}</p>
      <p>
        <Link to="/map">{t('territories.mapLink')}</Link> ·{' '}
        <Link to="/exchanges">{tExchanges('title')}</Link>
      </p>
      {auth.hasRole(Roles.admin) && (
        <p className="page-actions">
          <Link className="button" to="/territories/new">
            {tEdit('create')}
          </Link>
        </p>
      )}
      <h2 id="tree-title">{t('territories.tree')}</h2>
      <QueryState query={tree} empty={t('territories.empty')}>
        {(roots) => <TerritoryTree roots={roots} labelledBy="tree-title" />}
      </QueryState>
    </>
  );
}
