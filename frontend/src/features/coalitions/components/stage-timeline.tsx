import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { stages } from '@/features/coalitions/components/stages';

/** The six stages in order, the coalition's current one highlighted. */
export function StageTimeline({ stage }: { stage: Schemas['Stage'] | undefined }) {
  const { t } = useTranslation();
  const currentIndex = stage ? stages.indexOf(stage) : -1;
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
          </li>
        );
      })}
    </ol>
  );
}
