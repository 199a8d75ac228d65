import { useParams } from 'react-router';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import { Unsubscribe } from '@/features/people/components/unsubscribe';
import { strings } from '@/features/people/strings';

/** /unsubscribe/:token: the page a notification mail's unsubscribe link opens. */
export default function UnsubscribeRoute() {
  const { token = '' } = useParams();
  const { t } = useFeatureTranslation('people', strings);
  useDocumentTitle(t('unsubscribe.title'));
  return (
    <article className="edit-page">
      <h1>{t('unsubscribe.title')}</h1>
      <Unsubscribe token={token} />
    </article>
  );
}
