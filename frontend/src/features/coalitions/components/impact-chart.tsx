import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { useContentLang } from '@/lib/content-lang';

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 36, left: 48 };

/** Bars of the measures against the target (and baseline) lines, in plain SVG. */
function Chart({ impact, labelId }: { impact: Schemas['DesiredImpact']; labelId: string }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const measures = impact.measures ?? [];
  const target = impact.target ?? 0;
  const baseline = impact.baseline ?? 0;
  const top = Math.max(target, baseline, ...measures.map((m) => m.value ?? 0), 1) * 1.1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (value: number) => PAD.top + plotH - (Math.max(value, 0) / top) * plotH;
  const slot = plotW / Math.max(measures.length, 1);
  const barW = Math.min(56, slot * 0.6);
  return (
    <svg
      className="impact-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={labelId}
      preserveAspectRatio="xMidYMid meet"
    >
      <line
        className="impact-chart__axis"
        x1={PAD.left}
        x2={WIDTH - PAD.right}
        y1={y(0)}
        y2={y(0)}
      />
      <text className="impact-chart__tick" x={PAD.left - 6} y={y(0)} textAnchor="end" dy="0.3em">
        0
      </text>
      {typeof impact.baseline === 'number' && (
        <g className="impact-chart__baseline">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(baseline)} y2={y(baseline)} />
          <text x={PAD.left - 6} y={y(baseline)} textAnchor="end" dy="0.3em">
            {formatNumber(baseline, lang)}
          </text>
        </g>
      )}
      {measures.map((measure, index) => {
        const value = measure.value ?? 0;
        const x = PAD.left + slot * index + (slot - barW) / 2;
        return (
          <g key={measure.id ?? index} className="impact-chart__bar">
            <rect x={x} y={y(value)} width={barW} height={y(0) - y(value)} rx="2" />
            <text x={x + barW / 2} y={y(value) - 4} textAnchor="middle">
              {formatNumber(value, lang)}
            </text>
            <text
              className="impact-chart__tick"
              x={x + barW / 2}
              y={HEIGHT - 12}
              textAnchor="middle"
            >
              {formatDate(measure.measuredOn, lang)}
            </text>
          </g>
        );
      })}
      <g className="impact-chart__target">
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(target)} y2={y(target)} />
        <text x={PAD.left - 6} y={y(target)} textAnchor="end" dy="0.3em">
          {formatNumber(target, lang)}
        </text>
      </g>
    </svg>
  );
}

/**
 * One desired impact: its indicator, baseline, target and progress, a chart of its measures
 * against the target, and the same measures as a table (the chart's accessible alternative).
 */
export function ImpactChart({ impact }: { impact: Schemas['DesiredImpact'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const langOf = useContentLang();
  const labelId = useId();
  const measures = impact.measures ?? [];
  const unit = impact.unit ?? '';
  const title = impact.title ?? impact.indicator ?? '';
  const progress = impact.progress;
  return (
    <article className="impact">
      <h3 className="impact__title" {...langOf(impact.languages, 'title')}>
        {impact.title}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('impact.indicator')}</dt>
          <dd {...langOf(impact.languages, 'indicator')}>{impact.indicator}</dd>
        </div>
        <div>
          <dt>{t('impact.baseline')}</dt>
          <dd>
            {formatNumber(impact.baseline ?? 0, lang)} {unit}
          </dd>
        </div>
        <div>
          <dt>{t('impact.target')}</dt>
          <dd>
            {formatNumber(impact.target, lang)} {unit}
          </dd>
        </div>
        {impact.targetDate && (
          <div>
            <dt>{t('impact.targetDate')}</dt>
            <dd>{formatDate(impact.targetDate, lang)}</dd>
          </div>
        )}
        {progress !== undefined && progress !== null && (
          <div>
            <dt>{t('impact.progress')}</dt>
            <dd>{formatPercent(progress, lang)}</dd>
          </div>
        )}
      </dl>
      {measures.length === 0 ? (
        <p className="state state--empty">{t('impact.noMeasure')}</p>
      ) : (
        <>
          <p id={labelId} className="visually-hidden">
            {t('impact.chartLabel', { title, target: formatNumber(impact.target, lang), unit })}
          </p>
          <Chart impact={impact} labelId={labelId} />
          <div className="table-scroll">
            <table className="table">
              <caption>{t('impact.tableCaption', { title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('impact.date')}</th>
                  <th scope="col">{t('impact.value')}</th>
                  <th scope="col">{t('impact.target')}</th>
                  <th scope="col">{t('impact.evidence')}</th>
                </tr>
              </thead>
              <tbody>
                {measures.map((measure, index) => (
                  <tr key={measure.id ?? index}>
                    <th scope="row">{formatDate(measure.measuredOn, lang)}</th>
                    <td>
                      {formatNumber(measure.value, lang)} {unit}
                    </td>
                    <td>
                      {formatNumber(impact.target, lang)} {unit}
                    </td>
                    <td>
                      {measure.evidenceUrl ? (
                        <a href={measure.evidenceUrl}>{measure.evidence ?? measure.evidenceUrl}</a>
                      ) : (
                        measure.evidence
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </article>
  );
}
