import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormStatus } from '@/components/ui/form';
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
  const [positioning, setPositioning] = useState<Positioning>('CONTRIBUTOR');
  const territorySlug = territory.slug ?? '';
  const name = territory.name ?? territorySlug;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    declare.mutate(
      { territory: territorySlug, positioning },
      {
        onSuccess: () => {
          onDeclared(positioning);
        },
      },
    );
  };
  return (
    <form noValidate onSubmit={onSubmit}>
      <FormStatus error={declare.error} invalidCount={0} />
      <fieldset className="field field--group">
        <legend>{t('declareFor', { territory: name })}</legend>
        {positionings.map((value) => (
          <div key={value} className="checkbox">
            <input
              id={`positioning-${territorySlug}-${value}`}
              type="radio"
              name={`positioning-${territorySlug}`}
              value={value}
              checked={positioning === value}
              onChange={() => {
                setPositioning(value);
              }}
            />
            <label htmlFor={`positioning-${territorySlug}-${value}`}>
              {t(`positioningHelp.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={declare.isPending}>
        {t('declare')}
      </button>
    </form>
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
