import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

/**
 * Links to the previous and next pages, keeping the other query parameters. The URL counts
 * pages from 1 (`?page=2` is the second page); the API counts from 0.
 */
export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  if (totalPages <= 1) return null;
  const current = page + 1;
  const hrefFor = (target: number) => {
    const next = new URLSearchParams(params);
    if (target <= 1) next.delete('page');
    else next.set('page', String(target));
    const query = next.toString();
    return query ? `?${query}` : '?';
  };
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {current > 1 ? (
        <Link to={hrefFor(current - 1)} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span>{t('pagination.status', { page: current, total: totalPages })}</span>
      {current < totalPages ? (
        <Link to={hrefFor(current + 1)} rel="next">
          {t('pagination.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The API page (from 0) for the `page` query parameter of the URL (from 1). */
export function apiPage(params: URLSearchParams): number {
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return Number.isFinite(page) && page > 1 ? page - 1 : 0;
}
