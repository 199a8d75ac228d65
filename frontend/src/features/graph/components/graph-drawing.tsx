import { useEffect, useRef, useState } from 'react';
import {
  KIND_COLOURS,
  type GraphEdge,
  type GraphNode,
} from '@/features/graph/components/graph-links';

interface Labels {
  drawing: string;
  hint: string;
  unavailable: string;
}

/**
 * The graph drawn by sigma (WebGL) with a ForceAtlas2 layout. sigma and graphology are imported
 * here, on demand: only this page loads them. When WebGL or sigma cannot start (a browser
 * without GPU), the drawing says so and the lists next to it stand for it.
 */
export function GraphDrawing({
  nodes,
  edges,
  labels,
  onSelect,
}: {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  labels: Labels;
  onSelect: (id: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    async function draw() {
      // sigma draws with WebGL 2: without it (no GPU, jsdom), the lists stand for the drawing.
      const probe = document.createElement('canvas');
      if (typeof WebGL2RenderingContext === 'undefined' || !probe.getContext('webgl2')) {
        throw new Error('WebGL 2 is not available');
      }
      const [{ default: Graph }, { circular }, { default: forceAtlas2 }, { default: Sigma }] =
        await Promise.all([
          import('graphology'),
          import('graphology-layout'),
          import('graphology-layout-forceatlas2'),
          import('sigma'),
        ]);
      if (cancelled || !container.current) return;
      const graph = new Graph({ multi: true });
      for (const node of nodes) {
        if (!node.id || graph.hasNode(node.id)) continue;
        graph.addNode(node.id, {
          label: node.label ?? node.id,
          size: 4 + Math.min(12, Math.sqrt(node.degree ?? 0) * 3),
          color: KIND_COLOURS[node.kind ?? 'ACTOR'],
        });
      }
      for (const edge of edges) {
        if (
          edge.source &&
          edge.target &&
          graph.hasNode(edge.source) &&
          graph.hasNode(edge.target)
        ) {
          graph.addEdge(edge.source, edge.target, { color: '#9ca3af', size: 1 });
        }
      }
      circular.assign(graph);
      if (graph.order > 1) {
        forceAtlas2.assign(graph, {
          iterations: 150,
          // Strong gravity keeps the unlinked coalitions near the rest instead of at the edges.
          settings: {
            ...forceAtlas2.inferSettings(graph),
            gravity: 1,
            strongGravityMode: true,
            scalingRatio: 10,
          },
        });
      }
      // Labels of the well-linked nodes only: the lists name every node.
      const renderer = new Sigma(graph, container.current, { labelRenderedSizeThreshold: 8 });
      renderer.on('clickNode', ({ node }) => {
        select.current(node);
      });
      stop = () => {
        renderer.kill();
      };
    }
    draw().catch(() => {
      if (!cancelled) setFailed(true);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [nodes, edges]);

  return (
    <figure className="graph-drawing">
      {failed ? (
        <p className="state state--empty" role="status">
          {labels.unavailable}
        </p>
      ) : (
        <div
          ref={container}
          className="graph-drawing__canvas"
          role="img"
          aria-label={labels.drawing}
        />
      )}
      <figcaption className="hint">{failed ? labels.drawing : labels.hint}</figcaption>
    </figure>
  );
}
