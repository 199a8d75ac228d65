import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useTerritoryPlans } from '@/features/territories/api/territories';

/**
 * A territory's planning documents (digital development master plan, regional charter,
 * departmental project) and its main strategy, each with the territorial coalitions it carries.
 */
export function TerritoryPlans({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const plans = useTerritoryPlans(slug);
  const items = plans.data ?? [];
  if (items.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="plans-title">
      <h2 id="plans-title">{t('territory.plans')}</h2>
      <ul className="card-list">
        {items.map((plan, index) => (
          <li key={`${plan.kind ?? ''}-${String(index)}`}>
            <article className="card">
              <p className="eyebrow">
                {plan.kind && t(`planKind.${plan.kind}`)} <SampleBadge sample={plan.sample} />
              </p>
              <h3 className="card__title">
                {plan.url ? <a href={plan.url}>{plan.title}</a> : plan.title}
              </h3>
              {(plan.coalitions ?? []).length > 0 && (
                <>
                  <p className="muted">{t('territory.planCarries')}</p>
                  <ul>
                    {(plan.coalitions ?? []).map((coalition) => (
                      <li key={coalition.slug}>
                        <Link to={`/coalitions/${coalition.slug ?? ''}`}>
                          <CoalitionRefLabel coalition={coalition} />
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
