import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { compareAlphabetically } from '@/lib/format';

const MIN_REM = 0.95;
const MAX_REM = 2.2;

/** Font size of a keyword, linear in its weight between the lightest and the heaviest. */
export function keywordSize(weight: number, min: number, max: number): number {
  if (max <= min) return MIN_REM + 0.2;
  return MIN_REM + ((weight - min) / (max - min)) * (MAX_REM - MIN_REM);
}

/**
 * An axis' keyword cloud: a list of links to the coalitions with that keyword in the axis.
 * Size shows the weight to sighted readers; the weight is also in the text of each link.
 */
export function KeywordCloud({
  axisSlug,
  keywords,
  labelledBy,
}: {
  axisSlug: string;
  keywords: readonly Schemas['KeywordWeight'][];
  labelledBy?: string;
}) {
  const { t, i18n } = useTranslation();
  if (keywords.length === 0)
    return <p className="state state--empty">{t('panorama.noKeywords')}</p>;
  const weights = keywords.map((keyword) => keyword.weight ?? 1);
  const min = Math.min(...weights);
  const max = Math.max(...weights);
  // Alphabetical order reads like a cloud; the API sends the heaviest first.
  const sorted = [...keywords].sort((a, b) =>
    compareAlphabetically(a.term ?? '', b.term ?? '', i18n.language),
  );
  return (
    <ul className="keyword-cloud" aria-labelledby={labelledBy}>
      {sorted.map(({ term = '', weight = 1 }) => (
        <li key={term}>
          <Link
            to={`/coalitions?${new URLSearchParams({ keyword: term, axis: axisSlug }).toString()}`}
            style={{ fontSize: `${keywordSize(weight, min, max).toFixed(2)}rem` }}
            data-weight={weight}
          >
            {term}{' '}
            <span className="visually-hidden">{`(${t('panorama.keywordWeight', { count: weight })})`}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
