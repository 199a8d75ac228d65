import { useTranslation } from 'react-i18next';

/** Marks a record that illustrates the platform and is not a fact of the programme. */
export function SampleBadge({ sample }: { sample: boolean | undefined }) {
  const { t } = useTranslation();
  if (!sample) return null;
  return (
    <span className="badge badge--sample" title={t('common.sampleHint')}>
      {t('common.sample')}
    </span>
  );
}
