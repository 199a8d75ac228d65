import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, FormStatus, TextField } from '@/components/ui/form';
import type { Schemas } from '@/lib/api-client';
import { collectErrors, optional, serverFieldErrors, useTouched } from '@/lib/form';
import { useAddMeasure } from '@/features/coalitions/api/coalition-edit';

const empty = { measuredOn: '', value: '', evidence: '', evidenceUrl: '' };

/** Records a dated measure of a desired impact (POST …/impacts/{id}/measures). */
export function MeasureForm({ slug, impact }: { slug: string; impact: Schemas['DesiredImpact'] }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(empty);
  const [saved, setSaved] = useState(false);
  const touched = useTouched();
  const add = useAddMeasure(slug);
  const impactId = impact.id ?? 0;

  const { errors, check } = collectErrors();
  check('measuredOn', draft.measuredOn, { required: true });
  check('value', draft.value, { required: true, number: true });
  check('evidence', draft.evidence, { max: 2000 });
  check('evidenceUrl', draft.evidenceUrl, { max: 500, url: true });

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    setSaved(false);
    if (Object.keys(errors).length > 0) return;
    add.mutate(
      {
        impactId,
        input: {
          measuredOn: draft.measuredOn,
          value: Number(draft.value.replace(',', '.')),
          evidence: optional(draft.evidence),
          evidenceUrl: optional(draft.evidenceUrl),
        },
      },
      {
        onSuccess: () => {
          setDraft(empty);
          touched.reset();
          setSaved(true);
        },
      },
    );
  };

  const set = (patch: Partial<typeof empty>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  return (
    <FormProvider
      value={{
        idPrefix: `measure-${impactId}`,
        clientErrors: errors,
        serverErrors: serverFieldErrors(add.error),
        shows: touched.shows,
        touch: touched.touch,
      }}
    >
      <form className="inline-form" noValidate onSubmit={onSubmit}>
        <h3>{t('measureForm.title', { impact: impact.title ?? '' })}</h3>
        <FormStatus
          error={add.error}
          invalidCount={touched.submitted ? Object.keys(errors).length : 0}
          saved={saved}
        />
        <div className="field-row">
          <TextField
            path="measuredOn"
            label={t('impact.date')}
            type="date"
            value={draft.measuredOn}
            onChange={(measuredOn) => {
              set({ measuredOn });
            }}
            required
          />
          <TextField
            path="value"
            label={t('measureForm.value', { unit: impact.unit ?? '' })}
            inputMode="decimal"
            value={draft.value}
            onChange={(value) => {
              set({ value });
            }}
            required
          />
        </div>
        <TextField
          path="evidence"
          label={t('impact.evidence')}
          value={draft.evidence}
          onChange={(evidence) => {
            set({ evidence });
          }}
        />
        <TextField
          path="evidenceUrl"
          label={t('measureForm.evidenceUrl')}
          type="url"
          value={draft.evidenceUrl}
          onChange={(evidenceUrl) => {
            set({ evidenceUrl });
          }}
        />
        <button type="submit" className="button" disabled={add.isPending}>
          {t('measureForm.submit')}
        </button>
      </form>
    </FormProvider>
  );
}
