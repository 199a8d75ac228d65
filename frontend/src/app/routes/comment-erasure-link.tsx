import { useParams } from 'react-router';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import { ErasureLink } from '@/features/comments/components/erasure-link';
import { strings } from '@/features/comments/strings';

/** /comments/erasure/:token: the page the erasure e-mail links to. */
export default function CommentErasureLinkRoute() {
  const { token = '' } = useParams();
  const { t } = useFeatureTranslation('comments', strings);
  useDocumentTitle(t('erasure.linkTitle'));
  return (
    <article className="edit-page">
      <h1>{t('erasure.linkTitle')}</h1>
      <ErasureLink token={token} />
    </article>
  );
}
