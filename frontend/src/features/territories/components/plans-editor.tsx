import { useId } from 'react';
import { Controller, FormProvider, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
// Before any schema is made here (the generated schemas import it too).
import '@/lib/zod-jitless';
import { zTerritoryPlanInput } from '@/api/zod/zod.gen';
import { placeServerErrors, useApiForm } from '@/components/forms/api-form';
import { CheckboxInput, SelectInput, TextInput, useFieldError } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { strings as formStrings } from '@/components/forms/strings';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';
import { ApiError, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useSaveTerritoryPlans } from '@/features/territories/api/plans';
import { strings } from '@/features/territories/plans-strings';

type CoalitionRef = Schemas['CoalitionRef'];

const kinds: readonly Schemas['PlanKind'][] = [
  'DIGITAL_MASTER_PLAN',
  'REGIONAL_CHARTER',
  'DEPARTMENTAL_PROJECT',
  'MAIN_STRATEGY',
];

/** The body of `PUT …/plans` (a list, at most 30: the API's limit), as the form's one field. */
const zPlansForm = z.object({ plans: z.array(zTerritoryPlanInput).max(30) });

/**
 * The API names the fields of a list body from the list (`[0].coalitions`); the form holds the
 * list in `plans`, so the problem is placed as if it said `plans[0].coalitions`.
 */
function asPlansProblem(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.status !== 400 || !error.problem) return error;
  return new ApiError(error.status, {
    ...error.problem,
    errors: (error.problem.errors ?? []).map((item) => ({
      ...item,
      field: item.field?.startsWith('[') ? `plans${item.field}` : item.field,
    })),
  });
}

/** The coalitions a document carries: a checkbox for each coalition declined in the territory. */
function CoalitionChoices({
  name,
  choices,
}: {
  name: `plans.${number}.coalitions`;
  choices: readonly CoalitionRef[];
}) {
  const { t } = useFeatureTranslation('territoryPlans', strings);
  const { control } = useFormContext();
  const id = useId();
  const error = useFieldError(name);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].join(' ').trim();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { value, onChange, onBlur, ref } }) => {
        const chosen = Array.isArray(value)
          ? (value as unknown[]).filter((item): item is string => typeof item === 'string')
          : [];
        return (
          <fieldset
            className={`field field--group${error ? ' field--invalid' : ''}`}
            aria-describedby={describedBy}
          >
            <legend>{t('coalitions')}</legend>
            <p className="hint" id={`${id}-hint`}>
              {choices.length === 0 ? t('noCoalitions') : t('coalitionsHint')}
            </p>
            {choices.map((coalition, index) => {
              const slug = coalition.slug ?? '';
              return (
                <div className="checkbox" key={slug}>
                  <input
                    id={`${id}-${slug}`}
                    type="checkbox"
                    ref={index === 0 ? ref : undefined}
                    checked={chosen.includes(slug)}
                    onBlur={onBlur}
                    onChange={(event) => {
                      onChange(
                        event.target.checked
                          ? [...chosen, slug]
                          : chosen.filter((item) => item !== slug),
                      );
                    }}
                  />
                  <label htmlFor={`${id}-${slug}`}>
                    <CoalitionRefLabel coalition={coalition} />
                  </label>
                </div>
              );
            })}
            {error && (
              <p className="field__error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </fieldset>
        );
      }}
    />
  );
}

interface PlansEditorProps {
  slug: string;
  /** The territory's documents as read. */
  plans: readonly Schemas['TerritoryPlan'][];
  /** The ETag of the list as read, sent back as `If-Match`. */
  etag: string | undefined;
  /** Reads the list again (after a 412: someone changed it meanwhile). */
  onReload: () => void;
  /** The coalitions declined in the territory: the only ones a document may carry. */
  declined: readonly CoalitionRef[];
  onSaved: () => void;
  onCancel: () => void;
}

/**
 * A territory's planning documents and main strategy, one fieldset each (kind, title, address,
 * the coalitions it carries, sample flag), added and removed in place; saving replaces the whole
 * list (`PUT …/plans`). A refused field is shown on its document's field.
 */
export function PlansEditor({
  slug,
  plans,
  etag,
  onReload,
  declined,
  onSaved,
  onCancel,
}: PlansEditorProps) {
  const { t } = useFeatureTranslation('territoryPlans', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const { t: tc } = useTranslation();
  const save = useSaveTerritoryPlans(slug);
  const form = useApiForm(zPlansForm, {
    defaultValues: {
      plans: plans.map((plan) => ({
        kind: plan.kind ?? 'DIGITAL_MASTER_PLAN',
        title: plan.title ?? '',
        url: plan.url ?? '',
        coalitions: (plan.coalitions ?? []).flatMap((coalition) =>
          coalition.slug ? [coalition.slug] : [],
        ),
        sample: plan.sample ?? false,
      })),
    },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'plans' });
  // A coalition a document carries but no longer declined here stays shown (and can be unticked).
  const choices = [...declined];
  for (const coalition of plans.flatMap((plan) => plan.coalitions ?? [])) {
    if (!choices.some((choice) => choice.slug === coalition.slug)) choices.push(coalition);
  }
  const onSubmit = form.handleSubmit(async ({ plans: body }) => {
    form.setProblem(null);
    try {
      await save.mutateAsync({ plans: body, etag });
      onSaved();
    } catch (error) {
      // The summary lists the fields as the API named them; each is shown on its document.
      form.setProblem(error);
      placeServerErrors(form, asPlansProblem(error));
    }
  });
  const kindOptions = kinds.map((kind) => ({ value: kind, label: tc(`planKind.${kind}`) }));
  const listError = listErrorOf(form.formState.errors);
  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView error={form.problem} onReload={onReload} />
        {fields.length === 0 && <p className="state state--empty">{t('empty')}</p>}
        {fields.map((field, index) => {
          const number = index + 1;
          return (
            <fieldset key={field.id} className="form-item">
              <legend>{t('plan', { number })}</legend>
              <SelectInput
                name={`plans.${index}.kind`}
                label={t('kind')}
                required
                options={kindOptions}
              />
              <TextInput name={`plans.${index}.title`} label={t('planTitle')} required />
              <TextInput
                name={`plans.${index}.url`}
                label={t('url')}
                hint={t('urlHint')}
                type="url"
              />
              <CoalitionChoices name={`plans.${index}.coalitions`} choices={choices} />
              <CheckboxInput name={`plans.${index}.sample`} label={t('sample')} />
              <p className="row-actions">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => {
                    remove(index);
                  }}
                >
                  {t('remove', { number })}
                </button>
              </p>
            </fieldset>
          );
        })}
        {listError && <p className="field__error">{listError}</p>}
        <p className="row-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              append({
                kind: 'DIGITAL_MASTER_PLAN',
                title: '',
                url: '',
                coalitions: [],
                sample: false,
              });
            }}
          >
            {t('add')}
          </button>
        </p>
        <p className="actions">
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? tf('actions.saving') : tf('actions.save')}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {tf('actions.cancel')}
          </button>
        </p>
      </form>
    </FormProvider>
  );
}

/** An error of the list itself (too many documents), not of one of them. */
function listErrorOf(errors: { plans?: { message?: string; root?: { message?: string } } }) {
  return errors.plans?.root?.message ?? errors.plans?.message;
}
