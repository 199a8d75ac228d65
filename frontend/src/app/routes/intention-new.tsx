import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import { useAxisChoices } from '@/features/coalitions/api/coalitions';
import { IntentionForm } from '@/features/intentions/components/intention-form';
import { strings } from '@/features/intentions/strings';

/** /intentions/new: anyone proposes a coalition (a first intention to act). */
export default function IntentionNewRoute() {
  const { t } = useFeatureTranslation('intentions', strings);
  useDocumentTitle(t('newTitle'));
  const axes = useAxisChoices();
  return (
    <article className="edit-page">
      <h1>{t('newTitle')}</h1>
      <QueryState query={axes}>{(choices) => <IntentionForm axes={choices} />}</QueryState>
    </article>
  );
}
