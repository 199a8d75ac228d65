import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useCoalitionForEdit } from '@/features/coalitions/api/coalition-edit';
import { useCoalitionPermissions } from '@/features/coalitions/api/permissions';
import { CoalitionForm } from '@/features/coalitions/components/coalition-form';
import { MeasureForm, RecordedMeasures } from '@/features/coalitions/components/measure-form';
import { MembersEditor } from '@/features/coalitions/components/members-editor';

function Editor({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const edit = useCoalitionForEdit(slug);
  const title = edit.data?.data.title;
  useDocumentTitle(title ? t('coalitionForm.editTitle', { title }) : undefined);
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: coalition, etag }) => (
        <article className="edit-page">
          <header className="page-header">
            <p className="eyebrow">
              <Link to={`/coalitions/${slug}`}>
                {t('common.coalitionNumber', { number: coalition.number })}
              </Link>
            </p>
            <h1>{t('coalitionForm.editHeading', { title: coalition.title ?? '' })}</h1>
          </header>
          <CoalitionForm
            // A new version (after a reload or our own measure/member change) restarts the form.
            key={etag}
            coalition={coalition}
            etag={etag}
            onSaved={(saved) => {
              void navigate(`/coalitions/${saved.slug ?? slug}`, { state: { saved: true } });
            }}
            onCancel={() => {
              void navigate(`/coalitions/${slug}`);
            }}
            onReload={() => {
              void edit.refetch();
            }}
          />
          {(coalition.impacts ?? []).some((impact) => impact.id !== undefined) && (
            <section aria-labelledby="form-measures">
              <h2 id="form-measures">{t('measureForm.heading')}</h2>
              {(coalition.impacts ?? []).map(
                (impact) =>
                  impact.id !== undefined && (
                    <div key={impact.id}>
                      <RecordedMeasures slug={slug} impact={impact} />
                      <MeasureForm slug={slug} impact={impact} />
                    </div>
                  ),
              )}
            </section>
          )}
          <section aria-labelledby="form-members">
            <h2 id="form-members">{t('coalition.members')}</h2>
            <MembersEditor slug={slug} members={coalition.members ?? []} />
          </section>
        </article>
      )}
    </QueryState>
  );
}

/** /coalitions/:slug/edit: the canvas, measures and members, for those the API lets edit. */
export default function CoalitionEditRoute() {
  const { slug = '' } = useParams();
  const { permissions, settled, signedIn, login } = useCoalitionPermissions(slug);
  if (!settled) return <Loading />;
  if (!permissions.edit) {
    return (
      <NotAllowed
        signedIn={signedIn}
        onSignIn={() => {
          void login();
        }}
      />
    );
  }
  return <Editor slug={slug} />;
}
