import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { formatPercent } from '@/lib/format';

/**
 * A coalition's health: allies found against sought, impact progress, time in the stage, recent
 * activity. `compact` for the panorama's cards (one line each), else with the problems covered
 * and where the stage's start comes from.
 */
export function CoalitionHealth({
  health,
  compact = false,
  headingLevel = 2,
}: {
  health: Schemas['CoalitionHealth'];
  compact?: boolean;
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const allies = health.allies;
  const impacts = health.impacts;
  const activity = health.recentActivity;
  const Heading = `h${String(headingLevel)}` as 'h2' | 'h3';
  const list = (
    <dl className={compact ? 'health health--compact' : 'health'} aria-label={t('health.title')}>
      <div>
        <dt>{t('health.allies')}</dt>
        <dd>
          {t('health.alliesValue', { found: allies?.found ?? 0, sought: allies?.sought ?? 0 })}
          {!compact && (
            <>
              {' · '}
              {t('health.problemsValue', {
                covered: allies?.problemsWithAllies ?? 0,
                total: allies?.problems ?? 0,
              })}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('health.impacts')}</dt>
        <dd>
          {impacts?.progress === undefined || impacts.progress === null
            ? t('health.impactsNone', { total: impacts?.total ?? 0 })
            : t('health.impactsValue', {
                progress: formatPercent(impacts.progress, i18n.language),
                measured: impacts.measured ?? 0,
                total: impacts.total ?? 0,
              })}
        </dd>
      </div>
      <div>
        <dt>{t('health.stage')}</dt>
        <dd>
          {t('health.stageValue', { count: health.stageTime?.days ?? 0 })}
          {!compact && health.stageTime?.source === 'LAST_UPDATE' && (
            <span className="hint"> ({t('health.stageSource')})</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('health.activity', { days: activity?.days ?? 90 })}</dt>
        <dd>
          {t('health.activityValue', {
            notes: activity?.notes ?? 0,
            comments: activity?.comments ?? 0,
            memberships: activity?.newMemberships ?? 0,
          })}
        </dd>
      </div>
    </dl>
  );
  if (compact) return list;
  return (
    <section aria-labelledby="coalition-health" className="coalition-health">
      <Heading id="coalition-health">{t('health.title')}</Heading>
      {list}
    </section>
  );
}
