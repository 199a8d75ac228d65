import { FormProvider, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zTerritorialCoalitionInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { InvalidSummary } from '@/components/forms/invalid-summary';
import { ApiPicker } from '@/components/forms/api-picker';
import { CheckboxInput, SelectInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useSaveDeclension } from '@/features/coalitions/api/coalition-edit';
import { strings } from '@/features/coalitions/canvas-form-strings';
import { FormActions } from '@/features/coalitions/components/form-parts';

const positionings = ['PILOT', 'CONTRIBUTOR'] as const;
const territorialStatuses = ['IDENTIFIED', 'PARTNERS_SOUGHT', 'COMMITMENTS_SET', 'ACTIVE'] as const;
const scopes = ['NATIONAL', 'TERRITORIAL'] as const;
const partnerStatuses = ['IDENTIFIED', 'SOUGHT', 'ENGAGED'] as const;

/**
 * The contract's `TerritorialCoalitionInput`, with the API's rule that a partner is an actor of
 * the directory or at least a name (the API answers `partners[i].label` otherwise).
 */
function declensionSchema(labelOrActor: string) {
  return zTerritorialCoalitionInput.superRefine((input, context) => {
    (input.partners ?? []).forEach((partner, index) => {
      if (partner.actor === undefined && partner.label === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['partners', index, 'label'],
          message: labelOrActor,
        });
      }
    });
  });
}

interface DeclensionFormProps {
  declension: Schemas['TerritorialCoalition'];
  etag: string | undefined;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

/**
 * A coalition's declension in a territory: positioning, status, priority, commitments and
 * partners (an actor searched in the directory, or just a name); PUT with `If-Match`.
 */
export function DeclensionForm({
  declension,
  etag,
  onSaved,
  onCancel,
  onReload,
}: DeclensionFormProps) {
  const { t } = useTranslation();
  const { t: tc } = useFeatureTranslation('coalitionForms', strings);
  const api = useApiClient();
  const save = useSaveDeclension(
    declension.coalition?.slug ?? '',
    declension.territory?.slug ?? '',
  );
  const form = useApiForm(declensionSchema(tc('labelOrActor')), {
    defaultValues: {
      positioning: declension.positioning ?? 'CONTRIBUTOR',
      priority: declension.priority ?? false,
      status: declension.status ?? 'IDENTIFIED',
      commitments: declension.commitments ?? '',
      partners: (declension.partners ?? []).map((partner) => ({
        scope: partner.scope ?? 'TERRITORIAL',
        status: partner.status ?? 'IDENTIFIED',
        actor: partner.actor?.slug ?? '',
        label: partner.label ?? '',
      })),
      sample: declension.sample ?? false,
    },
  });
  const partners = useFieldArray({ control: form.control, name: 'partners' });
  const onSubmit = form.submitWith(async (input) => {
    await save.mutateAsync({ input, etag });
    onSaved();
  });
  // Labels of the partners' actors the form starts with (the form holds their slugs).
  const actorLabels = (declension.partners ?? []).flatMap((partner) =>
    partner.actor?.slug
      ? [{ value: partner.actor.slug, label: partner.actor.name ?? partner.actor.slug }]
      : [],
  );
  const searchActors = searchOptions(api, 'actor');
  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView
          error={form.problem}
          onReload={() => {
            // A new version (another ETag) restarts the form; the message goes in any case.
            form.setProblem(null);
            onReload();
          }}
        />
        <InvalidSummary />
        <div className="field-row">
          <SelectInput
            name="positioning"
            label={t('territory.positioning')}
            options={positionings.map((value) => ({ value, label: t(`positioning.${value}`) }))}
          />
          <SelectInput
            name="status"
            label={t('territory.status')}
            options={territorialStatuses.map((value) => ({
              value,
              label: t(`territorialStatus.${value}`),
            }))}
          />
        </div>
        <CheckboxInput name="priority" label={t('declensionForm.priority')} />
        <TextInput name="commitments" label={t('coalition.commitments')} multiline />
        <section aria-labelledby="form-partners">
          <h2 id="form-partners">{t('coalition.partners')}</h2>
          {partners.fields.map((field, i) => (
            <fieldset key={field.id} className="form-item">
              <legend>{t('declensionForm.partner', { n: i + 1 })}</legend>
              <div className="field-row">
                <SelectInput
                  name={`partners.${i}.scope`}
                  label={t('declensionForm.scope')}
                  options={scopes.map((value) => ({ value, label: t(`partnerScope.${value}`) }))}
                />
                <SelectInput
                  name={`partners.${i}.status`}
                  label={t('territory.status')}
                  options={partnerStatuses.map((value) => ({
                    value,
                    label: t(`partnerStatus.${value}`),
                  }))}
                />
              </div>
              <ApiPicker
                name={`partners.${i}.actor`}
                label={t('members.actor')}
                hint={tc('partnerActorHint')}
                search={searchActors}
                initial={actorLabels}
              />
              <TextInput
                name={`partners.${i}.label`}
                label={t('declensionForm.label')}
                hint={t('declensionForm.labelHint')}
              />
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  partners.remove(i);
                }}
              >
                {t('declensionForm.removePartner', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              partners.append({ scope: 'TERRITORIAL', status: 'SOUGHT', actor: '', label: '' });
            }}
          >
            {t('declensionForm.addPartner')}
          </button>
        </section>
        <FormActions onCancel={onCancel} />
      </form>
    </FormProvider>
  );
}
