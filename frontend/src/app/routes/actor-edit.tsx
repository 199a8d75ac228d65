import { useNavigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import { useAuth } from '@/lib/auth';
import { useActorForEdit } from '@/features/actors/api/actor-edit';
import { ActorForm } from '@/features/actors/components/actor-form';
import { canManageActors } from '@/features/actors/components/actor-rights';
import { DeleteActor } from '@/features/actors/components/delete-actor';
import { strings } from '@/features/actors/strings';

function Editor({ slug }: { slug: string | undefined }) {
  const { t } = useFeatureTranslation('actors', strings);
  const navigate = useNavigate();
  const edit = useActorForEdit(slug);
  useDocumentTitle(
    slug ? t('edit.editTitle', { name: edit.data?.data.name ?? slug }) : t('edit.newTitle'),
  );
  const onSaved = (saved: { slug?: string }) => {
    void navigate(`/actors/${saved.slug ?? ''}`);
  };
  const cancel = () => {
    void navigate(slug ? `/actors/${slug}` : '/actors');
  };
  if (!slug) {
    return (
      <article className="edit-page">
        <h1>{t('edit.newTitle')}</h1>
        <ActorForm onSaved={onSaved} onCancel={cancel} />
      </article>
    );
  }
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: actor, etag }) => (
        <article className="edit-page">
          <h1>{t('edit.editTitle', { name: actor.name ?? '' })}</h1>
          <ActorForm
            key={etag}
            actor={actor}
            etag={etag}
            onSaved={onSaved}
            onCancel={cancel}
            onReload={() => {
              void edit.refetch();
            }}
          />
          <DeleteActor
            slug={slug}
            name={actor.name ?? slug}
            onDeleted={() => {
              void navigate('/actors');
            }}
          />
        </article>
      )}
    </QueryState>
  );
}

/**
 * /actors/new and /actors/:slug/edit: for the roles that may write actors (the API checks again,
 * and its 403 shows in the form's problem).
 */
export default function ActorEditRoute() {
  const { slug } = useParams();
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (!canManageActors(auth)) {
    return (
      <NotAllowed
        signedIn={auth.status === 'authenticated'}
        onSignIn={() => {
          void auth.login();
        }}
      />
    );
  }
  return <Editor slug={slug} />;
}
