import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import { ErasureRequest } from '@/features/comments/components/erasure-request';
import { strings } from '@/features/comments/strings';

/** /comments/erasure: ask for an erasure link by e-mail. */
export default function CommentErasureRoute() {
  const { t } = useFeatureTranslation('comments', strings);
  useDocumentTitle(t('erasure.title'));
  return (
    <article className="edit-page">
      <h1>{t('erasure.title')}</h1>
      <ErasureRequest />
    </article>
  );
}
