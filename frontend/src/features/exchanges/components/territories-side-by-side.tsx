import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { SampleBadge } from '@/components/ui/sample-badge';
import { strings } from '@/features/exchanges/strings';

/**
 * "What other territories do" on a coalition: one column per territory where it is declined (or
 * that reported on it), its positioning, status, commitments and experience reports side by side.
 */
export function TerritoriesSideBySide({
  declensions,
  reports,
}: {
  declensions: readonly Schemas['TerritorialCoalition'][];
  reports: readonly Schemas['ExperienceReport'][];
}) {
  const { t } = useFeatureTranslation('exchanges', strings);
  const { t: tApp } = useTranslation();
  const territories = new Map<string, Schemas['TerritorySummary']>();
  for (const item of declensions) {
    if (item.territory?.slug) territories.set(item.territory.slug, item.territory);
  }
  for (const report of reports) {
    if (report.territory?.slug) territories.set(report.territory.slug, report.territory);
  }
  if (territories.size === 0) return null;
  const columns = [...territories.values()];
  const declensionOf = (slug: string | undefined) =>
    declensions.find((item) => item.territory?.slug === slug);
  return (
    <section aria-labelledby="side-by-side-title">
      <h2 id="side-by-side-title">{t('sideBySideTitle')}</h2>
      <p className="hint">{t('sideBySideIntro')}</p>
      <div className="table-scroll">
        <table className="table table--side-by-side">
          <thead>
            <tr>
              <td />
              {columns.map((territory) => (
                <th key={territory.slug} scope="col">
                  <Link to={`/territories/${territory.slug ?? ''}`}>{territory.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('positioning')}</th>
              {columns.map((territory) => {
                const item = declensionOf(territory.slug);
                return (
                  <td key={territory.slug}>
                    {item?.positioning ? tApp(`positioning.${item.positioning}`) : t('none')}{' '}
                    <SampleBadge sample={item?.sample} />
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">{t('status')}</th>
              {columns.map((territory) => {
                const item = declensionOf(territory.slug);
                return (
                  <td key={territory.slug}>
                    {item?.status ? tApp(`territorialStatus.${item.status}`) : t('none')}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">{t('commitments')}</th>
              {columns.map((territory) => (
                <td key={territory.slug}>
                  {declensionOf(territory.slug)?.commitments ?? t('none')}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('reports')}</th>
              {columns.map((territory) => {
                const own = reports.filter((report) => report.territory?.slug === territory.slug);
                return (
                  <td key={territory.slug}>
                    {own.length === 0 ? (
                      t('none')
                    ) : (
                      <ul>
                        {own.map((report) => (
                          <li key={report.id}>
                            <Link
                              to={`/exchanges/${report.exchange?.slug ?? ''}#report-${String(report.id ?? '')}`}
                            >
                              {report.title}
                            </Link>{' '}
                            <SampleBadge sample={report.sample} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
