import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { NotFound } from '@/components/ui/not-found';
import { ErrorState } from '@/components/ui/query-state';

/**
 * The error element of the pages, inside the layout (the header and the navigation stay).
 * - Data that could not be loaded (the route loaders throw an error response with the API's
 *   status and the error as `cause`): the not-found page for a 404, otherwise the error state,
 *   whose "Try again" runs the loaders again.
 * - A page whose code could not be loaded (e.g. after a new deployment) or that failed to render:
 *   the error state, whose "Try again" reloads the app.
 */
export function PageError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const dataFailure = isRouteErrorResponse(error);
  useEffect(() => {
    if (!dataFailure) console.error(error);
  }, [error, dataFailure]);
  if (dataFailure && error.status === 404) return <NotFound />;
  return (
    <ErrorState
      error={dataFailure ? (error.data as { cause?: unknown }).cause : error}
      onRetry={() => {
        if (dataFailure) void revalidator.revalidate();
        else window.location.reload();
      }}
    />
  );
}

/** Last resort, when the layout itself failed: the error state alone, reloading the app. */
export function RootError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="container">
      <ErrorState
        error={error}
        onRetry={() => {
          window.location.reload();
        }}
      />
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </main>
  );
}
