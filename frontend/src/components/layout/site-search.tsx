import { useId, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function SiteSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    if (typeof q === 'string' && q.trim() !== '') {
      void navigate(`/search?${new URLSearchParams({ q: q.trim() }).toString()}`);
    }
  };
  return (
    <form className="site-search" role="search" onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input id={id} name="q" type="search" placeholder={t('nav.search')} />
      <button type="submit" className="button button--small">
        {t('search.submit')}
      </button>
    </form>
  );
}
