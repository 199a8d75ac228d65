import { Link, useLocation, useSearchParams } from 'react-router';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useResources } from '@/features/toolbox/api/toolbox';
import {
  ResourceFilterForm,
  resourceFilters,
} from '@/features/toolbox/components/resource-filters';
import { ResourceCards } from '@/features/toolbox/components/toolbox-cards';
import { mayShare } from '@/features/toolbox/components/toolbox-rights';
import { strings } from '@/features/toolbox/strings';

/**
 * /resources: the catalogue of shared resources, filtered and paged by the address
 * (?kind=&availability=&territory=&coalition=&q=&page=). Everyone reads it; the staff of the
 * toolbox share resources, and those who may edit one see "Modifier" on it.
 */
export default function ResourcesRoute() {
  const { t } = useFeatureTranslation('toolbox', strings);
  const auth = useAuth();
  const [params] = useSearchParams();
  const location = useLocation();
  const resources = useResources(resourceFilters(params));
  useDocumentTitle(t('catalogue.title'));
  // The catalogue as it is now, to come back to after an edit.
  const here = `${location.pathname}${location.search}`;
  return (
    <>
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.intro')}</p>
      {mayShare(auth) && (
        <p className="actions">
          <Link
            className="button"
            to={`/resources/new?${new URLSearchParams({ from: here }).toString()}`}
          >
            {t('resource.share')}
          </Link>
        </p>
      )}
      <ResourceFilterForm />
      <QueryState query={resources} empty={t('catalogue.empty')}>
        {(page) => (
          <>
            <p className="muted" role="status">
              {t('catalogue.count', { count: page.totalItems ?? 0 })}
            </p>
            <ResourceCards resources={page.items ?? []} from={here} />
            <Pagination page={page.page ?? 0} totalPages={page.totalPages ?? 0} />
          </>
        )}
      </QueryState>
    </>
  );
}
