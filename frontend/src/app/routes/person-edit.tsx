import { useNavigate, useParams, useSearchParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import type { Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useActorName } from '@/features/people/api/people-directory';
import { usePersonForEdit } from '@/features/people/api/person-edit';
import { DeletePerson, PersonForm } from '@/features/people/components/person-form';
import { canCreatePeople, canEditPerson } from '@/features/people/components/person-rights';
import { strings } from '@/features/people/person-strings';

function Refused() {
  const auth = useAuth();
  return (
    <NotAllowed
      signedIn={auth.status === 'authenticated'}
      onSignIn={() => {
        void auth.login();
      }}
    />
  );
}

/** Adding a person, from the directory or from an actor's page (`?actor=`, the actor kept). */
function Creator() {
  const { t } = useFeatureTranslation('person', strings);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const actor = params.get('actor') ?? undefined;
  const actorName = useActorName(actor);
  useDocumentTitle(t('edit.newTitle'));
  if (actorName.isLoading) return <Loading />;
  return (
    <article className="edit-page">
      <h1>{t('edit.newTitle')}</h1>
      <PersonForm
        startActor={actor ? { value: actor, label: actorName.name ?? actor } : undefined}
        onSaved={(saved) => {
          void navigate(`/people/${saved.slug ?? ''}`);
        }}
        onCancel={() => {
          void navigate(actor ? `/actors/${actor}` : '/people');
        }}
      />
    </article>
  );
}

/**
 * Editing a person: administrators, editors, coordinators (the API decides for each person) and the
 * accounts of the person's actor; the others are refused once the person and the account are read.
 */
function Editor({ slug }: { slug: string }) {
  const { t } = useFeatureTranslation('person', strings);
  const navigate = useNavigate();
  const auth = useAuth();
  const edit = usePersonForEdit(slug);
  const may = canEditPerson(auth, edit.data?.data);
  useDocumentTitle(t('edit.editTitle', { name: edit.data?.data.fullName ?? slug }));
  if (edit.isSuccess && may === false) return <Refused />;
  if (edit.isSuccess && may === undefined) return <Loading />;
  const goTo = (person: Schemas['Person']) => {
    void navigate(`/people/${person.slug ?? slug}`);
  };
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: person, etag }) => (
        <article className="edit-page">
          <h1>{t('edit.editTitle', { name: person.fullName ?? '' })}</h1>
          <PersonForm
            key={etag}
            person={person}
            etag={etag}
            onSaved={goTo}
            onCancel={() => {
              goTo(person);
            }}
            onReload={() => {
              void edit.refetch();
            }}
          />
          <DeletePerson
            slug={slug}
            name={person.fullName ?? slug}
            onDeleted={() => {
              void navigate('/people');
            }}
          />
        </article>
      )}
    </QueryState>
  );
}

/**
 * /people/new (?actor= to start from an actor: administrators, editors, coordinators) and
 * /people/:slug/edit (those, and the accounts of the person's actor). The API checks every write
 * again; its refusal shows in the form's problem.
 */
export default function PersonEditRoute() {
  const { slug } = useParams();
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (auth.status !== 'authenticated') return <Refused />;
  if (slug) return <Editor slug={slug} />;
  if (!canCreatePeople(auth)) return <Refused />;
  return <Creator />;
}
