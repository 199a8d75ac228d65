import { FormProvider, useFieldArray, useFormContext, type DefaultValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { zCoalitionInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { InvalidSummary } from '@/components/forms/invalid-summary';
import { ApiPicker, type PickerOption } from '@/components/forms/api-picker';
import {
  CheckboxInput,
  LinesInput,
  NumberInput,
  SelectInput,
  TextInput,
  useFieldError,
} from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useAxisChoices } from '@/features/coalitions/api/coalitions';
import { useSaveCoalition } from '@/features/coalitions/api/coalition-edit';
import { strings } from '@/features/coalitions/canvas-form-strings';
import { FormActions } from '@/features/coalitions/components/form-parts';
import { stages } from '@/features/coalitions/components/stages';

/** The canvas as the form holds it: the request body (`CoalitionInput`) before validation. */
export type CoalitionValues = z.input<typeof zCoalitionInput>;
type CoalitionOutput = z.output<typeof zCoalitionInput>;
type ImpactValues = NonNullable<CoalitionValues['impacts']>[number];

/** A new impact: its target is blank (not a number) until typed. */
const blankImpact = { title: '', indicator: '', unit: '', targetDate: '' } as ImpactValues;

const solutionKinds = ['SOLUTION', 'KIND_OF_SOLUTION'] as const;

const slugs = (items: readonly { slug?: string }[] | undefined): string[] =>
  (items ?? []).flatMap((item) => (item.slug ? [item.slug] : []));

/** The form's values of a coalition (or of a new one): every list as read, ids included. */
export function valuesFrom(coalition?: Schemas['Coalition']): DefaultValues<CoalitionValues> {
  return {
    title: coalition?.title ?? '',
    summary: coalition?.summary ?? '',
    intention: coalition?.intention ?? '',
    vision: coalition?.vision ?? '',
    stage: coalition?.stage ?? 'EMERGING',
    axes: slugs(coalition?.axes),
    keywords: coalition?.keywords ?? [],
    parent: coalition?.parent?.slug ?? '',
    experiences: (coalition?.experiences ?? []).map((item) => ({
      id: item.id,
      title: item.title ?? '',
      description: item.description ?? '',
      url: item.url ?? '',
    })),
    problems: (coalition?.problems ?? []).map((item) => ({
      id: item.id,
      title: item.title ?? '',
      description: item.description ?? '',
      allyKinds: item.allyKinds ?? [],
      actors: slugs(item.actors),
      // Always sent back (null would keep them, but the form shows and edits them all).
      solutions: (item.solutions ?? []).map((solution) => ({
        title: solution.title ?? '',
        kind: solution.kind ?? 'SOLUTION',
        sample: solution.sample,
      })),
    })),
    impacts: (coalition?.impacts ?? []).map((item) => ({
      id: item.id,
      title: item.title ?? '',
      indicator: item.indicator ?? '',
      unit: item.unit ?? '',
      baseline: item.baseline,
      target: item.target,
      targetDate: item.targetDate ?? '',
    })),
    sample: coalition?.sample ?? false,
    commentsOpen: coalition?.commentsOpen ?? true,
  };
}

// The generated schema reads the int64 ids as bigints; the API takes JSON numbers.
const numberId = (id: bigint | undefined) => (id === undefined ? undefined : Number(id));

/** The request body of the validated values. */
export function inputOf(values: CoalitionOutput): Schemas['CoalitionInput'] {
  return {
    ...values,
    experiences: values.experiences?.map((item) => ({ ...item, id: numberId(item.id) })),
    problems: values.problems?.map((item) => ({
      ...item,
      id: numberId(item.id),
      solutions: item.solutions ?? [],
    })),
    impacts: values.impacts?.map((item) => ({ ...item, id: numberId(item.id) })),
  };
}

/** The axes as checkboxes (there are a few, and axes are not searchable). */
function AxesInput({ label }: { label: string }) {
  const { register } = useFormContext<CoalitionValues>();
  const axes = useAxisChoices();
  const error = useFieldError('axes');
  return (
    <fieldset
      className={`field field--group${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? 'coalition-axes-error' : undefined}
    >
      <legend>{label}</legend>
      {(axes.data ?? []).map((axis) => (
        <div key={axis.slug} className="checkbox">
          <input
            id={`coalition-axis-${axis.slug ?? ''}`}
            type="checkbox"
            value={axis.slug}
            aria-invalid={error ? true : undefined}
            {...register('axes')}
          />
          <label htmlFor={`coalition-axis-${axis.slug ?? ''}`}>{axis.name}</label>
        </div>
      ))}
      {error && (
        <p className="field__error" id="coalition-axes-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function Experiences() {
  const { t } = useTranslation();
  const { control } = useFormContext<CoalitionValues>();
  const list = useFieldArray({ control, name: 'experiences' });
  return (
    <section aria-labelledby="form-experiences">
      <h2 id="form-experiences">{t('coalition.experiences')}</h2>
      {list.fields.map((field, i) => (
        <fieldset key={field.id} className="form-item">
          <legend>{t('coalitionForm.experience', { n: i + 1 })}</legend>
          <TextInput
            name={`experiences.${i}.title`}
            label={t('coalitionForm.itemTitle')}
            required
          />
          <TextInput
            name={`experiences.${i}.description`}
            label={t('coalitionForm.description')}
            multiline
            rows={3}
          />
          <TextInput name={`experiences.${i}.url`} label={t('coalitionForm.url')} type="url" />
          <button
            type="button"
            className="link-button"
            onClick={() => {
              list.remove(i);
            }}
          >
            {t('coalitionForm.removeExperience', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          list.append({ title: '', description: '', url: '' });
        }}
      >
        {t('coalitionForm.addExperience')}
      </button>
    </section>
  );
}

/** The recommended solutions of one problem (or kinds of solutions), in order. */
function Solutions({ problem }: { problem: number }) {
  const { t } = useTranslation();
  const { t: tc } = useFeatureTranslation('coalitionForms', strings);
  const { control } = useFormContext<CoalitionValues>();
  const list = useFieldArray({ control, name: `problems.${problem}.solutions` });
  const kinds = solutionKinds.map((kind) => ({ value: kind, label: t(`solutionKind.${kind}`) }));
  return (
    <fieldset className="field field--group">
      <legend>{tc('solutionsOf', { n: problem + 1 })}</legend>
      {list.fields.length === 0 && <p className="hint">{tc('noSolution')}</p>}
      {list.fields.map((field, j) => (
        <fieldset key={field.id} className="form-item">
          <legend>{tc('solution', { n: j + 1 })}</legend>
          <div className="field-row">
            <TextInput
              name={`problems.${problem}.solutions.${j}.title`}
              label={tc('solutionTitle')}
              required
            />
            <SelectInput
              name={`problems.${problem}.solutions.${j}.kind`}
              label={tc('solutionKind')}
              options={kinds}
            />
          </div>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              list.remove(j);
            }}
          >
            {tc('removeSolution', { solution: j + 1, problem: problem + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          list.append({ title: '', kind: 'SOLUTION' });
        }}
      >
        {tc('addSolution', { n: problem + 1 })}
      </button>
    </fieldset>
  );
}

function Problems({ initial }: { initial?: Schemas['CoalitionProblem'][] }) {
  const { t } = useTranslation();
  const { t: tc } = useFeatureTranslation('coalitionForms', strings);
  const api = useApiClient();
  const { control } = useFormContext<CoalitionValues>();
  const list = useFieldArray({ control, name: 'problems' });
  // Labels of the actors the problems start with (a picker shows names, the form holds slugs).
  const actorLabels: PickerOption[] = (initial ?? []).flatMap((problem) =>
    (problem.actors ?? []).map((actor) => ({
      value: actor.slug ?? '',
      label: actor.name ?? actor.slug ?? '',
    })),
  );
  const searchActors = searchOptions(api, 'actor');
  return (
    <section aria-labelledby="form-problems">
      <h2 id="form-problems">{t('coalition.problems')}</h2>
      {list.fields.map((field, i) => (
        <fieldset key={field.id} className="form-item">
          <legend>{t('coalitionForm.problem', { n: i + 1 })}</legend>
          <TextInput name={`problems.${i}.title`} label={t('coalitionForm.itemTitle')} required />
          <TextInput
            name={`problems.${i}.description`}
            label={t('coalitionForm.description')}
            multiline
            rows={3}
          />
          <LinesInput
            name={`problems.${i}.allyKinds`}
            label={t('coalition.alliesSought')}
            hint={t('coalitionForm.allyKindsHint')}
            rows={3}
          />
          <ApiPicker
            name={`problems.${i}.actors`}
            label={t('coalition.actorsJoined')}
            hint={tc('actorsHint')}
            search={searchActors}
            multiple
            initial={actorLabels}
          />
          <Solutions problem={i} />
          <button
            type="button"
            className="link-button"
            onClick={() => {
              list.remove(i);
            }}
          >
            {t('coalitionForm.removeProblem', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          list.append({ title: '', description: '', allyKinds: [], actors: [], solutions: [] });
        }}
      >
        {t('coalitionForm.addProblem')}
      </button>
    </section>
  );
}

function Impacts() {
  const { t } = useTranslation();
  const { control, getValues } = useFormContext<CoalitionValues>();
  const list = useFieldArray({ control, name: 'impacts' });
  return (
    <section aria-labelledby="form-impacts">
      <h2 id="form-impacts">{t('coalition.impacts')}</h2>
      {list.fields.map((field, i) => (
        <fieldset key={field.id} className="form-item">
          <legend>{t('coalitionForm.impact', { n: i + 1 })}</legend>
          <TextInput name={`impacts.${i}.title`} label={t('coalitionForm.itemTitle')} required />
          <TextInput name={`impacts.${i}.indicator`} label={t('impact.indicator')} required />
          <div className="field-row">
            <TextInput name={`impacts.${i}.unit`} label={t('coalitionForm.unit')} required />
            <NumberInput name={`impacts.${i}.baseline`} label={t('impact.baseline')} />
            <NumberInput name={`impacts.${i}.target`} label={t('impact.target')} required />
            <TextInput
              name={`impacts.${i}.targetDate`}
              label={t('impact.targetDate')}
              type="date"
            />
          </div>
          {getValues(`impacts.${i}.id`) !== undefined && (
            <p className="hint">{t('coalitionForm.impactKept')}</p>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              list.remove(i);
            }}
          >
            {t('coalitionForm.removeImpact', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          list.append(blankImpact);
        }}
      >
        {t('coalitionForm.addImpact')}
      </button>
    </section>
  );
}

interface CoalitionFormProps {
  /** The coalition being edited; none to create one. */
  coalition?: Schemas['Coalition'];
  etag?: string;
  onSaved: (saved: Schemas['Coalition']) => void;
  onCancel: () => void;
  /** Read the current version again (after a 412), discarding the edits. */
  onReload?: () => void;
}

/**
 * The whole canvas of a coalition — title, summary, intention, vision, stage, axes, keywords,
 * parent (searched), experiences, problems with their allies sought, actors engaged (searched) and
 * recommended solutions, impacts — validated by the contract's `CoalitionInput`; created with
 * POST, replaced with PUT and `If-Match`. Lists keep the ids they were read with, so that the
 * API keeps their measures and translations.
 */
export function CoalitionForm({
  coalition,
  etag,
  onSaved,
  onCancel,
  onReload,
}: CoalitionFormProps) {
  const { t } = useTranslation();
  const { t: tc } = useFeatureTranslation('coalitionForms', strings);
  const api = useApiClient();
  const save = useSaveCoalition(coalition?.slug);
  const form = useApiForm(zCoalitionInput, { defaultValues: valuesFrom(coalition) });
  const onSubmit = form.submitWith(async (values) => {
    const saved = await save.mutateAsync({ input: inputOf(values), etag });
    onSaved(saved.data);
  });
  const parent = coalition?.parent;
  const stageOptions = stages.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }));
  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView
          error={form.problem}
          onReload={
            onReload &&
            (() => {
              // A new version (another ETag) restarts the form; the message goes in any case.
              form.setProblem(null);
              onReload();
            })
          }
        />
        <InvalidSummary />

        <section aria-labelledby="form-general">
          <h2 id="form-general">{t('coalitionForm.general')}</h2>
          <TextInput name="title" label={t('coalitionForm.title')} required />
          <TextInput name="summary" label={t('coalitionForm.summary')} multiline rows={3} />
          <TextInput name="intention" label={t('coalition.intention')} multiline />
          <TextInput name="vision" label={t('coalition.vision')} multiline />
          <SelectInput name="stage" label={t('coalition.stage')} options={stageOptions} />
          <AxesInput label={t('coalition.axes')} />
          <CheckboxInput name="commentsOpen" label={t('coalitionForm.commentsOpen')} />
          <LinesInput name="keywords" label={t('coalition.keywords')} hint={tc('keywordsHint')} />
          <ApiPicker
            name="parent"
            label={t('coalition.parent')}
            hint={tc('parentHint')}
            search={searchOptions(api, 'coalition')}
            initial={
              parent?.slug
                ? [
                    {
                      value: parent.slug,
                      label: `#${String(parent.number ?? '')} ${parent.title ?? ''}`,
                    },
                  ]
                : []
            }
            exclude={coalition?.slug ? [coalition.slug] : []}
          />
        </section>

        <Experiences />
        <Problems initial={coalition?.problems} />
        <Impacts />
        <FormActions onCancel={onCancel} />
      </form>
    </FormProvider>
  );
}
