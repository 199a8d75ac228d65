import { DeleteSection } from '@/components/forms/delete-section';
import { useFeatureTranslation } from '@/lib/i18n';
import { useDeleteActor } from '@/features/actors/api/actor-edit';
import { strings } from '@/features/actors/strings';

/** Deletes an actor after a confirmation; a refusal (403, 409…) shows as a problem. */
export function DeleteActor({
  slug,
  name,
  onDeleted,
}: {
  slug: string;
  name: string;
  onDeleted: () => void;
}) {
  const { t } = useFeatureTranslation('actors', strings);
  return (
    <DeleteSection
      id="delete-actor-title"
      title={t('edit.deleteTitle')}
      hint={t('edit.deleteHint')}
      name={name}
      remove={useDeleteActor(slug)}
      onDeleted={onDeleted}
    />
  );
}
