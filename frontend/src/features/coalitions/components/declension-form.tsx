import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CheckboxField,
  FormProvider,
  FormStatus,
  SelectField,
  TextField,
} from '@/components/ui/form';
import type { Schemas } from '@/lib/api-client';
import { collectErrors, optional, serverFieldErrors, useTouched } from '@/lib/form';
import { useActorChoices, useSaveDeclension } from '@/features/coalitions/api/coalition-edit';

type Positioning = Schemas['Positioning'];
type Status = Schemas['TerritorialStatus'];
type Scope = Schemas['PartnerScope'];
type PartnerStatus = Schemas['PartnerStatus'];

interface PartnerDraft {
  key: number;
  scope: Scope;
  status: PartnerStatus;
  actor: string;
  label: string;
}

let nextKey = 1;

const positionings: readonly Positioning[] = ['PILOT', 'CONTRIBUTOR'];
const territorialStatuses: readonly Status[] = [
  'IDENTIFIED',
  'PARTNERS_SOUGHT',
  'COMMITMENTS_SET',
  'ACTIVE',
];
const scopes: readonly Scope[] = ['NATIONAL', 'TERRITORIAL'];
const partnerStatuses: readonly PartnerStatus[] = ['IDENTIFIED', 'SOUGHT', 'ENGAGED'];

interface DeclensionFormProps {
  declension: Schemas['TerritorialCoalition'];
  etag: string | undefined;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

/** A coalition's declension in a territory: positioning, status, commitments, partners. */
export function DeclensionForm({
  declension,
  etag,
  onSaved,
  onCancel,
  onReload,
}: DeclensionFormProps) {
  const { t } = useTranslation();
  const slug = declension.coalition?.slug ?? '';
  const territorySlug = declension.territory?.slug ?? '';
  const save = useSaveDeclension(slug, territorySlug);
  const actors = useActorChoices();
  const touched = useTouched();
  const [draft, setDraft] = useState(() => ({
    positioning: declension.positioning ?? 'CONTRIBUTOR',
    priority: declension.priority ?? false,
    status: declension.status ?? 'IDENTIFIED',
    commitments: declension.commitments ?? '',
    partners: (declension.partners ?? []).map((partner): PartnerDraft => ({
      key: nextKey++,
      scope: partner.scope ?? 'TERRITORIAL',
      status: partner.status ?? 'IDENTIFIED',
      actor: partner.actor?.slug ?? '',
      label: partner.label ?? '',
    })),
  }));

  const { errors, check } = collectErrors();
  check('commitments', draft.commitments, { max: 4000 });
  draft.partners.forEach((partner, i) => {
    check(`partners[${i}].label`, partner.label, { required: partner.actor === '', max: 300 });
  });
  const count = Object.keys(errors).length;

  const setPartner = (index: number, patch: Partial<PartnerDraft>) => {
    setDraft((current) => ({
      ...current,
      partners: current.partners.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    }));
  };

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    if (count > 0) return;
    save.mutate(
      {
        etag,
        input: {
          positioning: draft.positioning,
          priority: draft.priority,
          status: draft.status,
          commitments: optional(draft.commitments),
          partners: draft.partners.map((partner) => ({
            scope: partner.scope,
            status: partner.status,
            actor: optional(partner.actor),
            label: optional(partner.label),
          })),
          sample: declension.sample ?? false,
        },
      },
      { onSuccess: onSaved },
    );
  };

  const actorOptions = [
    { value: '', label: t('declensionForm.noActor') },
    ...(actors.data?.items ?? []).map((actor) => ({
      value: actor.slug ?? '',
      label: actor.name ?? '',
    })),
  ];
  return (
    <FormProvider
      value={{
        idPrefix: 'declension',
        clientErrors: errors,
        serverErrors: serverFieldErrors(save.error),
        shows: touched.shows,
        touch: touched.touch,
      }}
    >
      <form className="edit-form" noValidate onSubmit={onSubmit}>
        <FormStatus
          error={save.error}
          invalidCount={touched.submitted ? count : 0}
          onReload={onReload}
          staleMessage={t('declensionForm.stale')}
        />
        <div className="field-row">
          <SelectField
            path="positioning"
            label={t('territory.positioning')}
            value={draft.positioning}
            options={positionings.map((value) => ({ value, label: t(`positioning.${value}`) }))}
            onChange={(value) => {
              setDraft({ ...draft, positioning: value as Positioning });
            }}
          />
          <SelectField
            path="status"
            label={t('territory.status')}
            value={draft.status}
            options={territorialStatuses.map((value) => ({
              value,
              label: t(`territorialStatus.${value}`),
            }))}
            onChange={(value) => {
              setDraft({ ...draft, status: value as Status });
            }}
          />
        </div>
        <CheckboxField
          path="priority"
          label={t('declensionForm.priority')}
          checked={draft.priority}
          onChange={(priority) => {
            setDraft({ ...draft, priority });
          }}
        />
        <TextField
          path="commitments"
          label={t('coalition.commitments')}
          value={draft.commitments}
          multiline
          onChange={(commitments) => {
            setDraft({ ...draft, commitments });
          }}
        />
        <section aria-labelledby="form-partners">
          <h2 id="form-partners">{t('coalition.partners')}</h2>
          {draft.partners.map((partner, i) => (
            <fieldset key={partner.key} className="form-item">
              <legend>{t('declensionForm.partner', { n: i + 1 })}</legend>
              <div className="field-row">
                <SelectField
                  path={`partners[${i}].scope`}
                  label={t('declensionForm.scope')}
                  value={partner.scope}
                  options={scopes.map((value) => ({ value, label: t(`partnerScope.${value}`) }))}
                  onChange={(value) => {
                    setPartner(i, { scope: value as Scope });
                  }}
                />
                <SelectField
                  path={`partners[${i}].status`}
                  label={t('territory.status')}
                  value={partner.status}
                  options={partnerStatuses.map((value) => ({
                    value,
                    label: t(`partnerStatus.${value}`),
                  }))}
                  onChange={(value) => {
                    setPartner(i, { status: value as PartnerStatus });
                  }}
                />
                <SelectField
                  path={`partners[${i}].actor`}
                  label={t('members.actor')}
                  value={partner.actor}
                  options={
                    actorOptions.some((option) => option.value === partner.actor)
                      ? actorOptions
                      : [...actorOptions, { value: partner.actor, label: partner.actor }]
                  }
                  onChange={(actor) => {
                    setPartner(i, { actor });
                  }}
                />
              </div>
              <TextField
                path={`partners[${i}].label`}
                label={t('declensionForm.label')}
                hint={t('declensionForm.labelHint')}
                value={partner.label}
                onChange={(label) => {
                  setPartner(i, { label });
                }}
              />
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setDraft((current) => ({
                    ...current,
                    partners: current.partners.filter((_, index) => index !== i),
                  }));
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
              setDraft((current) => ({
                ...current,
                partners: [
                  ...current.partners,
                  { key: nextKey++, scope: 'TERRITORIAL', status: 'SOUGHT', actor: '', label: '' },
                ],
              }));
            }}
          >
            {t('declensionForm.addPartner')}
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
