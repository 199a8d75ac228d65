import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  CheckboxGroup,
  FormProvider,
  FormStatus,
  SelectField,
  TextField,
} from '@/components/ui/form';
import type { Schemas } from '@/lib/api-client';
import {
  collectErrors,
  optional,
  optionalNumber,
  serverFieldErrors,
  splitList,
  useTouched,
  type ClientErrors,
} from '@/lib/form';
import { useAxisChoices } from '@/features/coalitions/api/coalitions';
import { useCoalitionChoices, useSaveCoalition } from '@/features/coalitions/api/coalition-edit';
import { stages } from '@/features/coalitions/components/stages';

type Stage = Schemas['Stage'];

interface ExperienceDraft {
  key: number;
  title: string;
  description: string;
  url: string;
}
interface ProblemDraft {
  key: number;
  id?: number;
  title: string;
  description: string;
  /** One kind of ally per line. */
  allyKinds: string;
  /** Actor slugs, separated by commas. */
  actors: string;
}
interface ImpactDraft {
  key: number;
  id?: number;
  title: string;
  indicator: string;
  unit: string;
  baseline: string;
  target: string;
  targetDate: string;
}

/** The canvas as the form edits it: text for every input, lists as rows. */
export interface CoalitionDraft {
  title: string;
  summary: string;
  intention: string;
  vision: string;
  stage: Stage;
  axes: string[];
  keywords: string;
  parent: string;
  experiences: ExperienceDraft[];
  problems: ProblemDraft[];
  impacts: ImpactDraft[];
  sample: boolean;
  commentsOpen: boolean;
}

let nextKey = 1;
const newKey = () => nextKey++;
const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function draftFrom(coalition?: Schemas['Coalition']): CoalitionDraft {
  return {
    title: text(coalition?.title),
    summary: text(coalition?.summary),
    intention: text(coalition?.intention),
    vision: text(coalition?.vision),
    stage: coalition?.stage ?? 'EMERGING',
    axes: (coalition?.axes ?? []).map((axis) => axis.slug ?? ''),
    keywords: (coalition?.keywords ?? []).join(', '),
    parent: text(coalition?.parent?.slug),
    experiences: (coalition?.experiences ?? []).map((item) => ({
      key: newKey(),
      title: text(item.title),
      description: text(item.description),
      url: text(item.url),
    })),
    problems: (coalition?.problems ?? []).map((item) => ({
      key: newKey(),
      id: item.id,
      title: text(item.title),
      description: text(item.description),
      allyKinds: (item.allyKinds ?? []).join('\n'),
      actors: (item.actors ?? []).map((actor) => actor.slug ?? '').join(', '),
    })),
    impacts: (coalition?.impacts ?? []).map((item) => ({
      key: newKey(),
      id: item.id,
      title: text(item.title),
      indicator: text(item.indicator),
      unit: text(item.unit),
      baseline: text(item.baseline),
      target: text(item.target),
      targetDate: text(item.targetDate),
    })),
    sample: coalition?.sample ?? false,
    commentsOpen: coalition?.commentsOpen ?? true,
  };
}

export function inputFrom(draft: CoalitionDraft): Schemas['CoalitionInput'] {
  return {
    title: draft.title.trim(),
    summary: optional(draft.summary),
    intention: optional(draft.intention),
    vision: optional(draft.vision),
    stage: draft.stage,
    axes: draft.axes,
    keywords: splitList(draft.keywords),
    parent: optional(draft.parent),
    experiences: draft.experiences.map((item) => ({
      title: item.title.trim(),
      description: optional(item.description),
      url: optional(item.url),
    })),
    problems: draft.problems.map((item) => ({
      id: item.id,
      title: item.title.trim(),
      description: optional(item.description),
      allyKinds: item.allyKinds
        .split('\n')
        .map((kind) => kind.trim())
        .filter(Boolean),
      actors: splitList(item.actors),
    })),
    impacts: draft.impacts.map((item) => ({
      id: item.id,
      title: item.title.trim(),
      indicator: item.indicator.trim(),
      unit: item.unit.trim(),
      baseline: optionalNumber(item.baseline),
      target: optionalNumber(item.target) ?? 0,
      targetDate: optional(item.targetDate),
    })),
    sample: draft.sample,
    commentsOpen: draft.commentsOpen,
  };
}

/** The contract's constraints (CoalitionInput), checked while typing. */
export function validateCoalition(draft: CoalitionDraft): ClientErrors {
  const { errors, check } = collectErrors();
  check('title', draft.title, { required: true, max: 300 });
  check('summary', draft.summary, { max: 2000 });
  check('intention', draft.intention, { max: 4000 });
  check('vision', draft.vision, { max: 4000 });
  const keywords = splitList(draft.keywords);
  if (keywords.length > 30) errors.keywords = { code: 'tooLong', max: 30 };
  keywords.forEach((keyword) => {
    check('keywords', keyword, { max: 80 });
  });
  draft.experiences.forEach((item, i) => {
    check(`experiences[${i}].title`, item.title, { required: true, max: 300 });
    check(`experiences[${i}].description`, item.description, { max: 4000 });
    check(`experiences[${i}].url`, item.url, { max: 500, url: true });
  });
  draft.problems.forEach((item, i) => {
    check(`problems[${i}].title`, item.title, { required: true, max: 300 });
    check(`problems[${i}].description`, item.description, { max: 4000 });
    item.allyKinds.split('\n').forEach((kind) => {
      check(`problems[${i}].allyKinds`, kind, { max: 200 });
    });
    splitList(item.actors).forEach((slug) => {
      check(`problems[${i}].actors`, slug, { max: 120, slug: true });
    });
  });
  draft.impacts.forEach((item, i) => {
    check(`impacts[${i}].title`, item.title, { required: true, max: 300 });
    check(`impacts[${i}].indicator`, item.indicator, { required: true, max: 500 });
    check(`impacts[${i}].unit`, item.unit, { required: true, max: 60 });
    check(`impacts[${i}].baseline`, item.baseline, { number: true });
    check(`impacts[${i}].target`, item.target, { required: true, number: true });
  });
  return errors;
}

function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
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

export function CoalitionForm({
  coalition,
  etag,
  onSaved,
  onCancel,
  onReload,
}: CoalitionFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftFrom(coalition));
  const touched = useTouched();
  const save = useSaveCoalition(coalition?.slug);
  const axes = useAxisChoices();
  const coalitions = useCoalitionChoices();
  const formRef = useRef<HTMLFormElement>(null);

  const clientErrors = validateCoalition(draft);
  const invalidCount = touched.submitted ? Object.keys(clientErrors).length : 0;
  const set = (patch: Partial<CoalitionDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };
  const setItem = <K extends 'experiences' | 'problems' | 'impacts'>(
    list: K,
    index: number,
    patch: Partial<CoalitionDraft[K][number]>,
  ) => {
    setDraft((current) => ({
      ...current,
      [list]: current[list].map((item, i) => (i === index ? { ...item, ...patch } : item)),
    }));
  };
  const removeItem = (list: 'experiences' | 'problems' | 'impacts', index: number) => {
    setDraft((current) => ({ ...current, [list]: current[list].filter((_, i) => i !== index) }));
  };

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    if (Object.keys(clientErrors).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    save.mutate(
      { input: inputFrom(draft), etag },
      {
        onSuccess: (saved) => {
          onSaved(saved.data);
        },
        onError: () => {
          focusFirstInvalid(formRef.current);
        },
      },
    );
  };

  const stageOptions = stages.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }));
  const parentOptions = [
    { value: '', label: t('coalitionForm.noParent') },
    ...(coalitions.data?.items ?? [])
      .filter((item) => item.slug !== coalition?.slug)
      .map((item) => ({
        value: item.slug ?? '',
        label: `#${text(item.number)} ${text(item.title)}`,
      })),
  ];
  // Keep the current parent selectable even before the choices have loaded.
  if (draft.parent && !parentOptions.some((option) => option.value === draft.parent)) {
    parentOptions.push({ value: draft.parent, label: draft.parent });
  }

  return (
    <FormProvider
      value={{
        idPrefix: 'coalition',
        clientErrors,
        serverErrors: serverFieldErrors(save.error),
        shows: touched.shows,
        touch: touched.touch,
      }}
    >
      <form ref={formRef} className="edit-form" noValidate onSubmit={onSubmit}>
        <FormStatus
          error={save.error}
          invalidCount={invalidCount}
          onReload={onReload}
          staleMessage={t('coalitionForm.stale')}
        />

        <section aria-labelledby="form-general">
          <h2 id="form-general">{t('coalitionForm.general')}</h2>
          <TextField
            path="title"
            label={t('coalitionForm.title')}
            value={draft.title}
            onChange={(title) => {
              set({ title });
            }}
            required
          />
          <TextField
            path="summary"
            label={t('coalitionForm.summary')}
            value={draft.summary}
            onChange={(summary) => {
              set({ summary });
            }}
            multiline
            rows={3}
          />
          <TextField
            path="intention"
            label={t('coalition.intention')}
            value={draft.intention}
            onChange={(intention) => {
              set({ intention });
            }}
            multiline
          />
          <TextField
            path="vision"
            label={t('coalition.vision')}
            value={draft.vision}
            onChange={(vision) => {
              set({ vision });
            }}
            multiline
          />
          <SelectField
            path="stage"
            label={t('coalition.stage')}
            value={draft.stage}
            options={stageOptions}
            onChange={(stage) => {
              set({ stage: stage as Stage });
            }}
          />
          <CheckboxGroup
            path="axes"
            legend={t('coalition.axes')}
            values={draft.axes}
            options={(axes.data ?? []).map((axis) => ({
              value: axis.slug ?? '',
              label: axis.name ?? '',
            }))}
            onChange={(values) => {
              set({ axes: values });
            }}
          />
          <CheckboxField
            path="commentsOpen"
            label={t('coalitionForm.commentsOpen')}
            checked={draft.commentsOpen}
            onChange={(commentsOpen) => {
              set({ commentsOpen });
            }}
          />
          <TextField
            path="keywords"
            label={t('coalition.keywords')}
            hint={t('coalitionForm.keywordsHint')}
            value={draft.keywords}
            onChange={(keywords) => {
              set({ keywords });
            }}
          />
          <SelectField
            path="parent"
            label={t('coalition.parent')}
            value={draft.parent}
            options={parentOptions}
            onChange={(parent) => {
              set({ parent });
            }}
          />
        </section>

        <section aria-labelledby="form-experiences">
          <h2 id="form-experiences">{t('coalition.experiences')}</h2>
          {draft.experiences.map((item, i) => (
            <fieldset key={item.key} className="form-item">
              <legend>{t('coalitionForm.experience', { n: i + 1 })}</legend>
              <TextField
                path={`experiences[${i}].title`}
                label={t('coalitionForm.itemTitle')}
                value={item.title}
                onChange={(title) => {
                  setItem('experiences', i, { title });
                }}
                required
              />
              <TextField
                path={`experiences[${i}].description`}
                label={t('coalitionForm.description')}
                value={item.description}
                onChange={(description) => {
                  setItem('experiences', i, { description });
                }}
                multiline
                rows={3}
              />
              <TextField
                path={`experiences[${i}].url`}
                label={t('coalitionForm.url')}
                type="url"
                value={item.url}
                onChange={(url) => {
                  setItem('experiences', i, { url });
                }}
              />
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  removeItem('experiences', i);
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
              set({
                experiences: [
                  ...draft.experiences,
                  { key: newKey(), title: '', description: '', url: '' },
                ],
              });
            }}
          >
            {t('coalitionForm.addExperience')}
          </button>
        </section>

        <section aria-labelledby="form-problems">
          <h2 id="form-problems">{t('coalition.problems')}</h2>
          {draft.problems.map((item, i) => (
            <fieldset key={item.key} className="form-item">
              <legend>{t('coalitionForm.problem', { n: i + 1 })}</legend>
              <TextField
                path={`problems[${i}].title`}
                label={t('coalitionForm.itemTitle')}
                value={item.title}
                onChange={(title) => {
                  setItem('problems', i, { title });
                }}
                required
              />
              <TextField
                path={`problems[${i}].description`}
                label={t('coalitionForm.description')}
                value={item.description}
                onChange={(description) => {
                  setItem('problems', i, { description });
                }}
                multiline
                rows={3}
              />
              <TextField
                path={`problems[${i}].allyKinds`}
                label={t('coalition.alliesSought')}
                hint={t('coalitionForm.allyKindsHint')}
                value={item.allyKinds}
                onChange={(allyKinds) => {
                  setItem('problems', i, { allyKinds });
                }}
                multiline
                rows={3}
              />
              <TextField
                path={`problems[${i}].actors`}
                label={t('coalition.actorsJoined')}
                hint={t('coalitionForm.actorsHint')}
                value={item.actors}
                onChange={(actors) => {
                  setItem('problems', i, { actors });
                }}
              />
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  removeItem('problems', i);
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
              set({
                problems: [
                  ...draft.problems,
                  { key: newKey(), title: '', description: '', allyKinds: '', actors: '' },
                ],
              });
            }}
          >
            {t('coalitionForm.addProblem')}
          </button>
        </section>

        <section aria-labelledby="form-impacts">
          <h2 id="form-impacts">{t('coalition.impacts')}</h2>
          {draft.impacts.map((item, i) => (
            <fieldset key={item.key} className="form-item">
              <legend>{t('coalitionForm.impact', { n: i + 1 })}</legend>
              <TextField
                path={`impacts[${i}].title`}
                label={t('coalitionForm.itemTitle')}
                value={item.title}
                onChange={(title) => {
                  setItem('impacts', i, { title });
                }}
                required
              />
              <TextField
                path={`impacts[${i}].indicator`}
                label={t('impact.indicator')}
                value={item.indicator}
                onChange={(indicator) => {
                  setItem('impacts', i, { indicator });
                }}
                required
              />
              <div className="field-row">
                <TextField
                  path={`impacts[${i}].unit`}
                  label={t('coalitionForm.unit')}
                  value={item.unit}
                  onChange={(unit) => {
                    setItem('impacts', i, { unit });
                  }}
                  required
                />
                <TextField
                  path={`impacts[${i}].baseline`}
                  label={t('impact.baseline')}
                  inputMode="decimal"
                  value={item.baseline}
                  onChange={(baseline) => {
                    setItem('impacts', i, { baseline });
                  }}
                />
                <TextField
                  path={`impacts[${i}].target`}
                  label={t('impact.target')}
                  inputMode="decimal"
                  value={item.target}
                  onChange={(target) => {
                    setItem('impacts', i, { target });
                  }}
                  required
                />
                <TextField
                  path={`impacts[${i}].targetDate`}
                  label={t('impact.targetDate')}
                  type="date"
                  value={item.targetDate}
                  onChange={(targetDate) => {
                    setItem('impacts', i, { targetDate });
                  }}
                />
              </div>
              {item.id !== undefined && <p className="hint">{t('coalitionForm.impactKept')}</p>}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  removeItem('impacts', i);
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
              set({
                impacts: [
                  ...draft.impacts,
                  {
                    key: newKey(),
                    title: '',
                    indicator: '',
                    unit: '',
                    baseline: '',
                    target: '',
                    targetDate: '',
                  },
                ],
              });
            }}
          >
            {t('coalitionForm.addImpact')}
          </button>
        </section>

        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
