import { Link } from 'react-router';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/features/privacy/strings';

/** /privacy: what Fabrique keeps about people, what the anti-spam service receives, how to erase. */
export default function PrivacyRoute() {
  const { t } = useFeatureTranslation('privacy', strings);
  useDocumentTitle(t('title'));
  return (
    <article className="edit-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="privacy-comments">
        <h2 id="privacy-comments">{t('comments.title')}</h2>
        <p>{t('comments.what')}</p>
        <p>{t('comments.hashes')}</p>
        <p>{t('comments.howLong')}</p>
      </section>
      <section aria-labelledby="privacy-spam">
        <h2 id="privacy-spam">{t('spam.title')}</h2>
        <p>{t('spam.text')}</p>
      </section>
      <section aria-labelledby="privacy-accounts">
        <h2 id="privacy-accounts">{t('accounts.title')}</h2>
        <p>{t('accounts.text')}</p>
      </section>
      <section aria-labelledby="privacy-mail">
        <h2 id="privacy-mail">{t('mail.title')}</h2>
        <p>{t('mail.text')}</p>
      </section>
      <section aria-labelledby="privacy-erase">
        <h2 id="privacy-erase">{t('erase.title')}</h2>
        <p>
          {t('erase.byMail')} <Link to="/comments/erasure">{t('erase.byMailLink')}</Link>
        </p>
        <p>
          {t('erase.signedIn')} <Link to="/me/comments">{t('erase.myComments')}</Link>.
        </p>
      </section>
    </article>
  );
}
