import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { stages } from '@/features/coalitions/components/stages';

/** When each stage was last reached, from the coalition's dated stage changes. */
function reachedDates(history: Schemas['StageReached'][] | undefined): Map<string, string> {
  const dates = new Map<string, string>();
  for (const change of history ?? []) {
    if (change.stage && change.reachedAt) dates.set(change.stage, change.reachedAt);
  }
  return dates;
}

/**
 * The six stages in order, the coalition's current one highlighted, each stage it reached with
 * the date it reached it.
 */
export function StageTimeline({
  stage,
  history,
}: {
  stage: Schemas['Stage'] | undefined;
  history?: Schemas['StageReached'][];
}) {
  const { t, i18n } = useTranslation();
  const currentIndex = stage ? stages.indexOf(stage) : -1;
  const dates = reachedDates(history);
  return (
    <ol className="stage-timeline">
      {stages.map((item, index) => {
        const state =
          index === currentIndex ? 'current' : index < currentIndex ? 'done' : 'upcoming';
        return (
          <li
            key={item}
            className={`stage-timeline__step stage-timeline__step--${state}`}
            aria-current={index === currentIndex ? 'step' : undefined}
          >
            <span className="stage-timeline__marker" aria-hidden="true">
              {index + 1}
            </span>
            <span className="stage-timeline__label">
              {t(`stage.${item}`)}
              {index === currentIndex && (
                <span className="visually-hidden"> ({t('stage.current')})</span>
              )}
            </span>
            {dates.has(item) && (
              <span className="stage-timeline__date">
                {t('stage.reachedAt')}{' '}
                <time dateTime={dates.get(item)}>{formatDate(dates.get(item), i18n.language)}</time>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
