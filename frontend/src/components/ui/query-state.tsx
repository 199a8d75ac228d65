import { useDeferredValue, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, isNotFound } from '@/lib/api-client';
import { NotFound } from '@/components/ui/not-found';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="state state--loading" role="status">
      {t('state.loading')}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError && error.status >= 400
      ? t('state.httpError', { status: error.status })
      : t('state.networkError');
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t('state.errorTitle')}</p>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return <p className="state state--empty">{children ?? t('state.empty')}</p>;
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /** Shown for an empty result; the default treats a list with no items as empty. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Whether a 404 shows the not-found page (for the page's main resource). */
  notFoundPage?: boolean;
}

function hasNoItems(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  if (typeof data === 'object' && data !== null && 'items' in data) {
    const { items } = data as { items?: unknown };
    return Array.isArray(items) && items.length === 0;
  }
  return false;
}

/**
 * The loading, error (with retry), empty and success states of one query.
 *
 * The data is rendered through `useDeferredValue`: when it arrives, React renders it in a
 * background pass that yields to the browser every few milliseconds, instead of one long task
 * that blocks input (a large list or a whole page can take a hundred milliseconds on a phone).
 * Until that pass commits, the previous data (or the loading state) stays on screen.
 */
export function QueryState<T>({
  query,
  children,
  isEmpty = hasNoItems,
  empty,
  notFoundPage = false,
}: QueryStateProps<T>) {
  // On mount, data already in the cache renders at once: that render is already a background one
  // (main.tsx starts the app in a transition, and lazy pages mount in one).
  const data = useDeferredValue(query.data);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (notFoundPage && isNotFound(query.error)) return <NotFound />;
    return (
      <ErrorState
        error={query.error}
        onRetry={() => {
          void query.refetch();
        }}
      />
    );
  }
  if (data === undefined) return <Loading />;
  if (isEmpty(data)) return <Empty>{empty}</Empty>;
  return <>{children(data)}</>;
}
