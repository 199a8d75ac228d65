import { useSearchParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { apiPage, Pagination } from '@/components/ui/pagination';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useAccounts } from '@/features/accounts/api/accounts';
import { AccountList } from '@/features/accounts/components/account-list';
import { strings } from '@/features/accounts/strings';

function Accounts() {
  const { t } = useFeatureTranslation('accounts', strings);
  const [params] = useSearchParams();
  const accounts = useAccounts(apiPage(params));
  useDocumentTitle(t('title'));
  return (
    <article className="edit-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <QueryState query={accounts} empty={t('empty')}>
        {(page) => (
          <>
            <AccountList accounts={page.items ?? []} />
            <Pagination page={page.page ?? 0} totalPages={page.totalPages ?? 0} />
          </>
        )}
      </QueryState>
    </article>
  );
}

/**
 * /accounts (?page=): administrators link accounts to the actors they act for and the territories
 * they manage. Anyone else is refused, as the API would.
 */
export default function AccountsRoute() {
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (!auth.hasRole(Roles.admin)) {
    return (
      <NotAllowed
        signedIn={auth.status === 'authenticated'}
        onSignIn={() => {
          void auth.login();
        }}
      />
    );
  }
  return <Accounts />;
}
