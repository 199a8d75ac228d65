import type { Schemas } from '@/lib/api-client';
import { useCoalitionReports } from '@/features/exchanges/api/exchanges';
import { TerritoriesSideBySide } from '@/features/exchanges/components/territories-side-by-side';

/**
 * "What the territories do" on a coalition's page: its declensions (read by the page) and the
 * experience reports on it, side by side. Its own chunk: the coalition page loads it when its
 * declensions are there, so that the landing pages' shared code does not grow.
 */
export default function CoalitionTerritories({
  slug,
  declensions,
}: {
  slug: string;
  declensions: readonly Schemas['TerritorialCoalition'][];
}) {
  const reports = useCoalitionReports(slug);
  if (!reports.isSuccess) return null;
  return <TerritoriesSideBySide declensions={declensions} reports={reports.data} />;
}
