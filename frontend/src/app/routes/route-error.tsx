import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Last resort when a page fails to render (e.g. its code could not be loaded). */
export function RouteError() {
  const { t } = useTranslation();
  console.error(useRouteError());
  return (
    <main className="container">
      <div className="state state--error" role="alert">
        <p className="state__title">{t('state.errorTitle')}</p>
        <p>{t('state.networkError')}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('state.retry')}
        </button>
      </div>
    </main>
  );
}
