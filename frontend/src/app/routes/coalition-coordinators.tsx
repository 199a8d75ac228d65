import { Link, useNavigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useCoalition } from '@/features/coalitions/api/coalitions';
import { useCoordinatorsForEdit } from '@/features/coalitions/api/coordinators';
import { useCoalitionPermissions } from '@/features/coalitions/api/permissions';
import { CoordinatorsEditor } from '@/features/coalitions/components/coordinators-editor';
import { strings } from '@/features/coalitions/coordinators-strings';

function Coordinators({ slug }: { slug: string }) {
  const { t } = useFeatureTranslation('coordinators', strings);
  const navigate = useNavigate();
  const auth = useAuth();
  const coalition = useCoalition(slug);
  const coordinators = useCoordinatorsForEdit(slug);
  const name = coalition.data
    ? `#${String(coalition.data.number ?? '')} ${coalition.data.title ?? ''}`
    : slug;
  useDocumentTitle(t('title', { name }));
  return (
    <article className="edit-page">
      <h1>{t('title', { name })}</h1>
      <p className="lead">{t('intro')}</p>
      <QueryState query={coordinators} notFoundPage isEmpty={() => false}>
        {({ data: list, etag }) => (
          <CoordinatorsEditor
            // The list read again (after a 412) starts the editor again from it; after one's own
            // save the list is not read again (an edit query), so the editor keeps what it saved.
            key={etag}
            slug={slug}
            coordinators={list}
            readEtag={etag}
            onReload={() => {
              void coordinators.refetch();
            }}
            canAdd={auth.hasRole(Roles.admin)}
            myId={auth.me?.id}
            onLeft={() => {
              void navigate(`/coalitions/${slug}`, { state: { saved: true } });
            }}
          />
        )}
      </QueryState>
      <p>
        <Link to={`/coalitions/${slug}`}>{t('back')}</Link>
      </p>
    </article>
  );
}

/**
 * /coalitions/:slug/coordinators: whoever may name the coalition's coordinators (its
 * coordinators, administrators: `GET …/permissions`) removes them; administrators also add
 * accounts, which only they may list.
 */
export default function CoalitionCoordinatorsRoute() {
  const { slug = '' } = useParams();
  const auth = useAuth();
  const { permissions, settled, signedIn } = useCoalitionPermissions(slug);
  if (auth.status === 'loading' || !settled) return <Loading />;
  if (!signedIn || !permissions.nameCoordinators) {
    return (
      <NotAllowed
        signedIn={signedIn}
        onSignIn={() => {
          void auth.login();
        }}
      />
    );
  }
  return <Coordinators slug={slug} />;
}
