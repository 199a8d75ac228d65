import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/lib/auth';

export function AuthStatus() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.status === 'loading') return null;
  if (auth.status === 'unavailable') {
    return <span className="muted auth-status">{t('auth.unavailable')}</span>;
  }
  if (auth.status === 'authenticated' && auth.account) {
    return (
      <span className="auth-status">
        <span>{t('auth.signedInAs', { name: auth.account.name })}</span>
        <Link to="/me/profile">{t('nav.myProfile')}</Link>
        <Link to="/me/comments">{t('nav.myComments')}</Link>
        <button type="button" className="link-button" onClick={() => void auth.logout()}>
          {t('auth.signOut')}
        </button>
      </span>
    );
  }
  return (
    <span className="auth-status">
      <button type="button" className="link-button" onClick={() => void auth.login()}>
        {t('auth.signIn')}
      </button>
      <button type="button" className="link-button" onClick={() => void auth.register()}>
        {t('auth.signUp')}
      </button>
    </span>
  );
}
