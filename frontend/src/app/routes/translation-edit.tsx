import { Link, useParams, useSearchParams } from 'react-router';
import { Loading, QueryState } from '@/components/ui/query-state';
import { NotAllowed } from '@/components/ui/form';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import {
  isTranslatableKind,
  recordPath,
  useTranslations,
  type TranslatableKind,
} from '@/features/translations/api/translations';
import { TranslationEditor } from '@/features/translations/components/translation-editor';
import { strings } from '@/features/translations/strings';
import NotFoundRoute from '@/app/routes/not-found';

function Editor({ kind, slug }: { kind: TranslatableKind; slug: string }) {
  const { t } = useFeatureTranslation('translations', strings);
  const [params] = useSearchParams();
  const translations = useTranslations(kind, slug);
  const title = translations.data?.originals?.title ?? translations.data?.originals?.name ?? slug;
  useDocumentTitle(t('editor.title', { title }));
  const original = translations.data?.original ?? 'fr';
  const path = recordPath(kind, slug);
  const into =
    params.get('into') === 'fr' || (!params.get('into') && original === 'en') ? 'fr' : 'en';
  return (
    <article className="edit-page">
      <h1>
        {t('editor.title', { title: '' })}
        {path === undefined ? (
          <span lang={original}>{title}</span>
        ) : (
          <Link to={path} lang={original}>
            {title}
          </Link>
        )}
      </h1>
      <QueryState query={translations} notFoundPage>
        {(data) => (
          <TranslationEditor key={into} kind={kind} slug={slug} into={into} translations={data} />
        )}
      </QueryState>
    </article>
  );
}

/** /translations/:kind/:slug?into=en: the side-by-side editor, for who may edit the record. */
export default function TranslationEditRoute() {
  const { kind, slug = '' } = useParams();
  const auth = useAuth();
  if (!isTranslatableKind(kind)) return <NotFoundRoute />;
  if (auth.status === 'loading') return <Loading />;
  if (auth.status !== 'authenticated') {
    return (
      <NotAllowed
        signedIn={false}
        onSignIn={() => {
          void auth.login();
        }}
      />
    );
  }
  return <Editor kind={kind} slug={slug} />;
}
