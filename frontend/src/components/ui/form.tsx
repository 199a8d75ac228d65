import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/components/ui/use-document-title';

/**
 * A page shown instead of a form to someone without the right (the API would answer 403). The
 * forms themselves are made with `src/components/forms/` (react-hook-form, the contract's zod
 * schemas, `ProblemView`).
 */
export function NotAllowed({ signedIn, onSignIn }: { signedIn: boolean; onSignIn: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('form.notAllowedTitle'));
  return (
    <section className="not-allowed" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">{t('form.notAllowedTitle')}</h1>
      <p>{signedIn ? t('form.notAllowedText') : t('form.signInText')}</p>
      <p className="actions">
        {!signedIn && (
          <button type="button" className="button" onClick={onSignIn}>
            {t('auth.signIn')}
          </button>
        )}
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
