import { useNavigate, useParams, useSearchParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import type { Schemas } from '@/lib/api-client';
import { DeleteSection } from '@/components/forms/delete-section';
import {
  useDeleteTestimony,
  useStartPerson,
  useTestimonyForEdit,
} from '@/features/testimonies/api/testimony-edit';
import { TestimonyForm } from '@/features/testimonies/components/testimony-form';
import { strings } from '@/features/testimonies/strings';

/** Where a saved testimony is seen: its event's page, else its actor's, else its coalition's. */
function pageOf(testimony: Schemas['Testimony']): string {
  if (testimony.event?.slug) return `/events/${testimony.event.slug}`;
  if (testimony.actor?.slug) return `/actors/${testimony.actor.slug}`;
  if (testimony.coalition?.slug) return `/coalitions/${testimony.coalition.slug}`;
  return '/';
}

function DeleteTestimony({
  id,
  person,
  onDeleted,
}: {
  id: string;
  person: string;
  onDeleted: () => void;
}) {
  const { t } = useFeatureTranslation('testimonies', strings);
  return (
    <DeleteSection
      id="delete-testimony-title"
      title={t('deleteTitle')}
      hint={t('deleteHint')}
      name={t('deleteName', { person })}
      remove={useDeleteTestimony(id)}
      onDeleted={onDeleted}
    />
  );
}

/**
 * A new testimony, starting with the event, actor or person of the page it was added from
 * (`?event=`, `?actor=`, `?person=`); a person is read first, to show their name and their
 * actor's in the pickers, and their page is where the saved testimony is seen.
 */
function NewTestimony({
  onSaved,
  onCancel,
}: {
  onSaved: (saved: Schemas['Testimony']) => void;
  onCancel: () => void;
}) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const person = params.get('person') ?? undefined;
  const actor = params.get('actor') ?? undefined;
  const read = useStartPerson(person);
  if (person && read.isPending) return <Loading />;
  const names = {
    person: read.data?.fullName,
    actor: read.data?.actor?.slug === actor ? read.data?.actor?.name : undefined,
  };
  return (
    <TestimonyForm
      start={{ event: params.get('event') ?? undefined, actor, person, names }}
      onSaved={(saved) => {
        if (person) void navigate(`/people/${person}`);
        else onSaved(saved);
      }}
      onCancel={onCancel}
    />
  );
}

function Editor({ id }: { id: string | undefined }) {
  const { t } = useFeatureTranslation('testimonies', strings);
  const navigate = useNavigate();
  const edit = useTestimonyForEdit(id);
  useDocumentTitle(id ? t('editTitle') : t('newTitle'));
  const onSaved = (saved: Schemas['Testimony']) => {
    void navigate(pageOf(saved));
  };
  const cancel = () => {
    void navigate(-1);
  };
  if (!id) {
    return (
      <article className="edit-page">
        <h1>{t('newTitle')}</h1>
        <NewTestimony onSaved={onSaved} onCancel={cancel} />
      </article>
    );
  }
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: testimony, etag }) => (
        <article className="edit-page">
          <h1>{t('editTitle')}</h1>
          <TestimonyForm
            key={etag}
            testimony={testimony}
            etag={etag}
            onSaved={onSaved}
            onCancel={cancel}
            onReload={() => {
              void edit.refetch();
            }}
          />
          <DeleteTestimony
            id={id}
            person={testimony.person?.fullName ?? ''}
            onDeleted={() => {
              void navigate(pageOf(testimony));
            }}
          />
        </article>
      )}
    </QueryState>
  );
}

/**
 * /testimonies/new (?event=, ?actor=, ?person= to start from a page) and /testimonies/:id/edit, for signed-in
 * people: the API decides who may (editors, administrators, coordinators; the accounts of the
 * actor concerned for a change) and its refusal is shown on the form.
 */
export default function TestimonyEditRoute() {
  const { id } = useParams();
  const auth = useAuth();
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
  return <Editor id={id} />;
}
