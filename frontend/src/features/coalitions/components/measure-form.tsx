import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zMeasureInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { NumberInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { strings as formStrings } from '@/components/forms/strings';
import type { Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import {
  useAddMeasure,
  useDeleteMeasure,
  useUpdateMeasure,
} from '@/features/coalitions/api/coalition-edit';

interface MeasureFormProps {
  slug: string;
  impact: Schemas['DesiredImpact'];
  /** The measure to correct; none to record a new one. */
  measure?: Schemas['ImpactMeasure'];
  onDone?: () => void;
}

const blank = { measuredOn: '', value: undefined, evidence: '', evidenceUrl: '' };

/**
 * Records a dated measure of a desired impact (POST …/impacts/{id}/measures) or corrects one
 * (PUT …/measures/{measureId}), validated by the contract's `MeasureInput`.
 */
export function MeasureForm({ slug, impact, measure, onDone }: MeasureFormProps) {
  const { t } = useTranslation();
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const add = useAddMeasure(slug);
  const update = useUpdateMeasure(slug);
  const [saved, setSaved] = useState(false);
  const impactId = impact.id ?? 0;
  const form = useApiForm(zMeasureInput, {
    defaultValues: measure
      ? {
          measuredOn: measure.measuredOn ?? '',
          value: measure.value,
          evidence: measure.evidence ?? '',
          evidenceUrl: measure.evidenceUrl ?? '',
        }
      : blank,
  });
  const onSubmit = form.submitWith(async (input) => {
    setSaved(false);
    if (measure?.id !== undefined) {
      await update.mutateAsync({ impactId, measureId: measure.id, input });
    } else {
      await add.mutateAsync({ impactId, input });
      form.reset(blank);
    }
    setSaved(true);
    onDone?.();
  });
  const title = measure
    ? t('measureForm.correctTitle', { date: measure.measuredOn ?? '' })
    : t('measureForm.title', { impact: impact.title ?? '' });
  return (
    <FormProvider {...form}>
      <form className="inline-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <h3>{title}</h3>
        <ProblemView error={form.problem} />
        {saved && !form.problem && (
          <div className="form-status form-status--ok" role="status">
            {tf('actions.saved')}
          </div>
        )}
        <div className="field-row">
          <TextInput name="measuredOn" label={t('impact.date')} type="date" required />
          <NumberInput
            name="value"
            label={t('measureForm.value', { unit: impact.unit ?? '' })}
            required
          />
        </div>
        <TextInput name="evidence" label={t('impact.evidence')} />
        <TextInput name="evidenceUrl" label={t('measureForm.evidenceUrl')} type="url" />
        <p className="actions">
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {measure ? t('measureForm.correctSubmit') : t('measureForm.submit')}
          </button>
          {measure && onDone && (
            <button type="button" className="button button--ghost" onClick={onDone}>
              {tf('actions.cancel')}
            </button>
          )}
        </p>
      </form>
    </FormProvider>
  );
}

/** The recorded measures of an impact, each with a correction form and a delete button. */
export function RecordedMeasures({
  slug,
  impact,
}: {
  slug: string;
  impact: Schemas['DesiredImpact'];
}) {
  const { t } = useTranslation();
  const remove = useDeleteMeasure(slug);
  const [correcting, setCorrecting] = useState<number | undefined>();
  const measures = (impact.measures ?? []).filter((measure) => measure.id !== undefined);
  if (measures.length === 0) return null;
  return (
    <div className="recorded-measures">
      <h3>{t('measureForm.recorded', { impact: impact.title ?? '' })}</h3>
      <ProblemView error={remove.error} />
      <ul>
        {measures.map((measure) => {
          const date = measure.measuredOn ?? '';
          return (
            <li key={measure.id}>
              {date} : {measure.value} {impact.unit}
              {measure.evidence && ` — ${measure.evidence}`}{' '}
              <button
                type="button"
                className="button button--small button--ghost"
                aria-label={t('measureForm.correctLabel', { date })}
                aria-expanded={correcting === measure.id}
                onClick={() => {
                  setCorrecting(correcting === measure.id ? undefined : measure.id);
                }}
              >
                {t('measureForm.correct')}
              </button>{' '}
              <button
                type="button"
                className="button button--small button--danger"
                aria-label={t('measureForm.deleteLabel', { date })}
                disabled={remove.isPending}
                onClick={() => {
                  remove.mutate({ impactId: impact.id ?? 0, measureId: measure.id ?? 0 });
                }}
              >
                ×
              </button>
              {correcting === measure.id && (
                <MeasureForm
                  slug={slug}
                  impact={impact}
                  measure={measure}
                  onDone={() => {
                    setCorrecting(undefined);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
