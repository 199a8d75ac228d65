import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CoalitionCard } from '@/components/domain/coalition-card';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import {
  coalitionFilters,
  useAxisChoices,
  useCoalitions,
  useTerritoryChoices,
} from '@/features/coalitions/api/coalitions';
import { CoalitionFilters } from '@/features/coalitions/components/coalition-filters';
import { Roles, useAuth } from '@/lib/auth';

export default function CoalitionsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('coalitions.title'));
  const [params] = useSearchParams();
  const coalitions = useCoalitions(coalitionFilters(params));
  const axes = useAxisChoices();
  const territories = useTerritoryChoices();
  const auth = useAuth();
  const canCreate = auth.hasRole(Roles.coordinator) || auth.hasRole(Roles.admin);
  return (
    <>
      <h1>{t('coalitions.title')}</h1>
      {canCreate && (
        <p className="page-actions">
          <Link className="button" to="/coalitions/new">
            {t('coalitionForm.newTitle')}
          </Link>
        </p>
      )}
      <CoalitionFilters axes={axes.data ?? []} territories={territories.data?.items ?? []} />
      <QueryState query={coalitions} empty={t('coalitions.empty')}>
        {(page) => (
          <>
            <p role="status" className="results-count">
              {t('coalitions.results', { count: page.totalItems ?? 0 })}
            </p>
            <ul className="card-list card-list--grid">
              {(page.items ?? []).map((coalition) => (
                <li key={coalition.slug}>
                  <CoalitionCard coalition={coalition} headingLevel={2} />
                </li>
              ))}
            </ul>
            <Pagination page={page.page ?? 0} totalPages={page.totalPages ?? 0} />
          </>
        )}
      </QueryState>
    </>
  );
}
