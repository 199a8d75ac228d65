import { useSearchParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useIntentions, type IntentionStatus } from '@/features/intentions/api/intentions';
import { IntentionCard } from '@/features/intentions/components/intention-card';
import { strings } from '@/features/intentions/strings';

const STATUSES: readonly IntentionStatus[] = ['PENDING', 'ACCEPTED', 'MERGED', 'DECLINED', 'SPAM'];

function List() {
  const { t } = useFeatureTranslation('intentions', strings);
  const [params, setParams] = useSearchParams();
  const wanted = params.get('status')?.toUpperCase() as IntentionStatus | undefined;
  const status = wanted && STATUSES.includes(wanted) ? wanted : 'PENDING';
  const intentions = useIntentions(status);
  return (
    <>
      <div className="field">
        <label htmlFor="intention-status">{t('status')}</label>
        <select
          id="intention-status"
          value={status}
          onChange={(event) => {
            setParams(event.target.value === 'PENDING' ? {} : { status: event.target.value });
          }}
        >
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(value)}
            </option>
          ))}
        </select>
      </div>
      <QueryState query={intentions} empty={<p>{t('empty')}</p>}>
        {(page) =>
          (page.items ?? []).map((intention) => (
            <IntentionCard key={intention.id} intention={intention} />
          ))
        }
      </QueryState>
    </>
  );
}

/** /intentions: the proposed coalitions, for editors and administrators (the API's rule). */
export default function IntentionsRoute() {
  const { t } = useFeatureTranslation('intentions', strings);
  const auth = useAuth();
  useDocumentTitle(t('listTitle'));
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
      <h1>{t('listTitle')}</h1>
      <p className="hint">{t('listIntro')}</p>
      <List />
    </article>
  );
}
