import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAxisChoices, useTerritoryChoices } from '@/features/coalitions/api/coalitions';
import { stages } from '@/features/coalitions/components/stages';
import { graphFilters, useGraph } from '@/features/graph/api/graph';
import { GraphDrawing } from '@/features/graph/components/graph-drawing';
import { GraphFilters } from '@/features/graph/components/graph-filters';
import { GraphLists } from '@/features/graph/components/graph-lists';
import { strings } from '@/features/graph/strings';
import { useFeatureTranslation } from '@/lib/i18n';

/**
 * /graph: the alliance graph. The drawing (sigma, loaded with this page only) and its accessible
 * equivalent, the lists; the chosen node is in the URL (`node`), so the back button retraces a
 * walk from neighbour to neighbour.
 */
export default function GraphRoute() {
  const { t } = useFeatureTranslation('graph', strings);
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const graph = useGraph(graphFilters(params));
  const axes = useAxisChoices();
  const territories = useTerritoryChoices();
  const selected = params.get('node') ?? undefined;
  const select = useCallback(
    (id: string) => {
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('node', id);
        return next;
      });
    },
    [setParams],
  );
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <GraphFilters
        axes={axes.data ?? []}
        territories={territories.data?.items ?? []}
        stages={stages}
      />
      <QueryState
        query={graph}
        isEmpty={(data) => (data.nodes ?? []).length === 0}
        empty={t('empty')}
      >
        {(data) => (
          <>
            <p>{t('counts', { nodes: data.nodes?.length ?? 0, edges: data.edges?.length ?? 0 })}</p>
            <GraphDrawing
              nodes={data.nodes ?? []}
              edges={data.edges ?? []}
              labels={{
                drawing: t('drawing'),
                hint: t('drawingHint'),
                unavailable: t('drawingUnavailable'),
              }}
              onSelect={select}
            />
            <GraphLists graph={data} selected={selected} onSelect={select} />
          </>
        )}
      </QueryState>
    </>
  );
}
