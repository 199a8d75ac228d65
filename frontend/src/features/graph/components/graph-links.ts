import type { Schemas } from '@/lib/api-client';

export type GraphNode = Schemas['GraphNode'];
export type GraphEdge = Schemas['GraphEdge'];
export type NodeKind = NonNullable<GraphNode['kind']>;

export const NODE_KINDS: readonly NodeKind[] = ['COALITION', 'ACTOR', 'PROBLEM', 'TERRITORY'];

/** Colours of the kinds in the drawing (the lists name the kinds in words). */
export const KIND_COLOURS: Record<NodeKind, string> = {
  COALITION: '#1d4ed8',
  ACTOR: '#b45309',
  PROBLEM: '#b91c1c',
  TERRITORY: '#047857',
};

/** The page of a node: a problem's is its coalition's. */
export function nodePage(node: GraphNode): string | undefined {
  if (!node.slug) return undefined;
  switch (node.kind) {
    case 'ACTOR':
      return `/actors/${node.slug}`;
    case 'TERRITORY':
      return `/territories/${node.slug}`;
    case 'COALITION':
    case 'PROBLEM':
      return `/coalitions/${node.slug}`;
    default:
      return undefined;
  }
}

/** A neighbour of a node and the edge that links them. */
export interface Neighbour {
  node: GraphNode;
  edge: GraphEdge;
}

/** Each node's neighbours, in the order of the edges. */
export function neighbours(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): Map<string, Neighbour[]> {
  const byId = new Map(nodes.map((n) => [n.id ?? '', n]));
  const result = new Map<string, Neighbour[]>();
  const add = (from: string | undefined, to: string | undefined, edge: GraphEdge) => {
    const node = byId.get(to ?? '');
    if (!from || !node) return;
    const list = result.get(from) ?? [];
    list.push({ node, edge });
    result.set(from, list);
  };
  for (const edge of edges) {
    add(edge.source, edge.target, edge);
    add(edge.target, edge.source, edge);
  }
  return result;
}
