import { useId, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { searchTerms, useSearch } from '@/features/search/api/search';
import { SearchResults } from '@/features/search/components/search-results';

export default function SearchRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = searchTerms(params);
  const id = useId();
  useDocumentTitle(q ? t('search.resultsFor', { q }) : t('search.title'));
  const results = useSearch(q);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    setParams(typeof value === 'string' && value.trim() ? { q: value.trim() } : {});
  };
  return (
    <>
      <h1>{q ? t('search.resultsFor', { q }) : t('search.title')}</h1>
      <form key={q} className="filters" role="search" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={id}>{t('search.label')}</label>
          <input id={id} name="q" type="search" defaultValue={q} />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('search.submit')}
          </button>
        </div>
      </form>
      {q === '' ? (
        <p>{t('search.prompt')}</p>
      ) : (
        <QueryState query={results} empty={t('search.empty', { q })}>
          {(data) => (
            <>
              <p role="status" className="results-count">
                {t('search.total', { count: data.totalItems ?? 0 })}
              </p>
              <SearchResults results={data} />
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
