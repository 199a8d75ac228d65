import { Link, useSearchParams } from 'react-router';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { peopleFilters, usePeople } from '@/features/people/api/people-directory';
import { PeopleFilters } from '@/features/people/components/people-filters';
import { PersonCard } from '@/features/people/components/person-card';
import { canCreatePeople } from '@/features/people/components/person-rights';
import { strings } from '@/features/people/person-strings';

/**
 * /people?q=&actor=&page=: the people directory, by name, filtered by words of the name and by the
 * actor they act for; administrators, editors and coordinators get a link to add a person.
 */
export default function PeopleRoute() {
  const { t } = useFeatureTranslation('person', strings);
  const auth = useAuth();
  useDocumentTitle(t('list.title'));
  const [params] = useSearchParams();
  const filters = peopleFilters(params);
  const people = usePeople(filters);
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      {canCreatePeople(auth) && (
        <p className="actions">
          <Link
            className="button"
            to={filters.actor ? `/people/new?actor=${filters.actor}` : '/people/new'}
          >
            {t('addLink')}
          </Link>
        </p>
      )}
      <PeopleFilters />
      <QueryState query={people} empty={t('list.empty')}>
        {(page) => (
          <>
            <ul className="card-list card-list--grid">
              {(page.items ?? []).map((person) => (
                <li key={person.slug}>
                  <PersonCard person={person} />
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
