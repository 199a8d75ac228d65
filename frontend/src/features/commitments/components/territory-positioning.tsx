import { useEffect, useRef, useState } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { zTerritorialCoalitionInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { useFieldError } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import type { Schemas } from '@/lib/api-client';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useDeclarePositioning } from '@/features/commitments/api/commitments';
import { strings } from '@/features/commitments/strings';

type Positioning = Schemas['Positioning'];
const positionings: readonly Positioning[] = ['PILOT', 'CONTRIBUTOR'];

function editPath(slug: string, territorySlug: string) {
  return `/coalitions/${slug}/territories/${territorySlug}/edit`;
}

/** Pilot or contributor, each with what it means; a refusal of the field next to it. */
function PositioningChoice({ idPrefix, legend }: { idPrefix: string; legend: string }) {
  const { t } = useFeatureTranslation('commitments', strings);
  const { register } = useFormContext();
  const error = useFieldError('positioning');
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset
      className={`field field--group${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {positionings.map((value) => (
        <div key={value} className="checkbox">
          <input
            id={`${idPrefix}-${value}`}
            type="radio"
            value={value}
            aria-invalid={error ? true : undefined}
            {...register('positioning')}
          />
          <label htmlFor={`${idPrefix}-${value}`}>{t(`positioningHelp.${value}`)}</label>
        </div>
      ))}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Declares the positioning of one territory (`POST …/territories` with the territory and its
 * positioning: the contract's `TerritorialCoalitionInput`, which the edit page completes); a
 * refusal of the API by `ProblemView`, a field error next to the choice.
 */
function DeclareForm({
  slug,
  territory,
  onDeclared,
}: {
  slug: string;
  territory: Schemas['TerritorySummary'];
  onDeclared: (positioning: Positioning) => void;
}) {
  const { t } = useFeatureTranslation('commitments', strings);
  const declare = useDeclarePositioning(slug);
  const territorySlug = territory.slug ?? '';
  const name = territory.name ?? territorySlug;
  const form = useApiForm(zTerritorialCoalitionInput, {
    defaultValues: { territory: territorySlug, positioning: 'CONTRIBUTOR' },
  });
  const onSubmit = form.submitWith(async (input) => {
    await declare.mutateAsync(input);
    onDeclared(input.positioning);
  });
  const idPrefix = `positioning-${territorySlug}`;
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView error={form.problem} />
        <PositioningChoice idPrefix={idPrefix} legend={t('declareFor', { territory: name })} />
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
          {t('declare')}
        </button>
      </form>
    </FormProvider>
  );
}

/**
 * For a territory manager on a coalition's page: for each territory they manage, the
 * positioning it has declared here (pilot or contributor) with a link to the declension's edit
 * page, or a form to declare one (which creates the declension; the edit page completes it).
 */
export default function TerritoryPositioning({
  slug,
  declensions,
}: {
  slug: string;
  declensions: readonly Schemas['TerritorialCoalition'][];
}) {
  const { t } = useFeatureTranslation('commitments', strings);
  const { t: tApp } = useTranslation();
  const auth = useAuth();
  const [declared, setDeclared] = useState<{ territory: string; text: string } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (declared) statusRef.current?.focus();
  }, [declared]);

  const territories = auth.me?.territories ?? [];
  if (!auth.hasRole(Roles.territoryManager) || territories.length === 0) return null;
  const byTerritory = new Map(declensions.map((item) => [item.territory?.slug, item]));
  return (
    <section className="positioning" aria-labelledby="positioning-title">
      <h3 id="positioning-title">{t('positioningTitle')}</h3>
      <p className="hint">{t('positioningIntro')}</p>
      <div role="status" aria-live="polite" ref={statusRef} tabIndex={-1}>
        {declared && (
          <div className="form-status form-status--ok">
            <p>{declared.text}</p>
          </div>
        )}
      </div>
      <ul className="positioning__list">
        {territories.map((territory) => {
          const territorySlug = territory.slug ?? '';
          const name = territory.name ?? territorySlug;
          const declension = byTerritory.get(territorySlug);
          return (
            <li key={territorySlug}>
              {declension ? (
                <>
                  <p>
                    {t('declaredAs', {
                      territory: name,
                      positioning: declension.positioning
                        ? tApp(`positioning.${declension.positioning}`)
                        : '',
                    })}
                  </p>
                  <p>
                    <Link className="edit-link" to={editPath(slug, territorySlug)}>
                      {declared?.territory === territorySlug
                        ? t('complete', { territory: name })
                        : t('change', { territory: name })}
                    </Link>
                  </p>
                </>
              ) : (
                <DeclareForm
                  slug={slug}
                  territory={territory}
                  onDeclared={(positioning) => {
                    setDeclared({
                      territory: territorySlug,
                      text: t('declared', {
                        territory: name,
                        positioning: tApp(`positioning.${positioning}`),
                      }),
                    });
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
