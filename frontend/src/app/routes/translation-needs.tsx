import { Link, useSearchParams } from 'react-router';
import { Loading, QueryState } from '@/components/ui/query-state';
import { NotAllowed } from '@/components/ui/form';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useTranslationNeeds } from '@/features/translations/api/translations';
import { strings } from '@/features/translations/strings';

type Field = keyof (typeof strings)['fr']['field'];

function Needs() {
  const { t } = useFeatureTranslation('translations', strings);
  const [params, setParams] = useSearchParams();
  const into = params.get('into') === 'fr' ? 'fr' : 'en';
  const needs = useTranslationNeeds(into);
  return (
    <>
      <p>
        <label htmlFor="translation-into">{t('needs.into')}</label>{' '}
        <select
          id="translation-into"
          value={into}
          onChange={(event) => {
            const next = new URLSearchParams(params);
            next.set('into', event.target.value);
            setParams(next);
          }}
        >
          <option value="en">{t('language.en')}</option>
          <option value="fr">{t('language.fr')}</option>
        </select>
      </p>
      <QueryState query={needs} isEmpty={(items) => items.length === 0} empty={t('needs.empty')}>
        {(items) => (
          <ul className="card-list">
            {items.map((need) => (
              <li key={`${need.kind ?? ''}/${need.slug ?? ''}`}>
                <article className="card">
                  <h2 className="card__title">
                    <Link
                      to={`/translations/${need.kind ?? ''}/${need.slug ?? ''}?into=${into}`}
                      aria-label={t('needs.translate', { title: need.title ?? need.slug ?? '' })}
                    >
                      <span lang={need.original}>{need.title}</span>
                    </Link>
                  </h2>
                  <p className="card__meta">
                    <span className="badge">
                      {t(`kind.${(need.kind ?? 'coalition') as 'coalition'}`)}
                    </span>
                    <span>
                      {t('needs.fields', {
                        fields: (need.fields ?? [])
                          .map((field) => t(`field.${field as Field}`, { defaultValue: field }))
                          .join(', '),
                      })}
                    </span>
                  </p>
                </article>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </>
  );
}

/** /translations: the "needs translation" list of editors. */
export default function TranslationNeedsRoute() {
  const { t } = useFeatureTranslation('translations', strings);
  useDocumentTitle(t('needs.title'));
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (!auth.hasRole(Roles.editor) && !auth.hasRole(Roles.admin)) {
    return (
      <NotAllowed
        signedIn={auth.status === 'authenticated'}
        onSignIn={() => {
          void auth.login();
        }}
      />
    );
  }
  return (
    <article className="edit-page">
      <h1>{t('needs.title')}</h1>
      <p>{t('needs.intro')}</p>
      <Needs />
    </article>
  );
}
