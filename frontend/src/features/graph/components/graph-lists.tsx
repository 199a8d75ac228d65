import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { strings } from '@/features/graph/strings';
import {
  NODE_KINDS,
  neighbours,
  nodePage,
  type GraphNode,
} from '@/features/graph/components/graph-links';
import { useFeatureTranslation } from '@/lib/i18n';

/**
 * The accessible equivalent of the drawing: the network measures, every node by kind, and the
 * chosen node's neighbours, each with a link to its page and a button to go on to its own
 * neighbours. Choosing a node moves the focus to its neighbours' heading.
 */
export function GraphLists({
  graph,
  selected,
  onSelect,
}: {
  graph: Schemas['AllianceGraph'];
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useFeatureTranslation('graph', strings);
  const nodes = useMemo(() => graph.nodes ?? [], [graph.nodes]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id ?? '', n])), [nodes]);
  const links = useMemo(() => neighbours(nodes, graph.edges ?? []), [nodes, graph.edges]);
  const heading = useRef<HTMLHeadingElement>(null);
  const chosen = selected ? byId.get(selected) : undefined;
  const bridges = graph.measures?.bridges ?? [];
  const unallied = (graph.measures?.problemsWithoutAllies ?? [])
    .map((id) => byId.get(id))
    .filter((n): n is GraphNode => n !== undefined);

  useEffect(() => {
    if (selected) heading.current?.focus();
  }, [selected]);

  const choose = (node: GraphNode) => (
    <button
      type="button"
      className="button button--small"
      aria-label={t('showNeighboursOf', { name: node.label })}
      aria-pressed={node.id === selected}
      onClick={() => {
        onSelect(node.id ?? '');
      }}
    >
      {t('showNeighbours')}
    </button>
  );
  const name = (node: GraphNode) => {
    const page = nodePage(node);
    return page ? <Link to={page}>{node.label}</Link> : <span>{node.label}</span>;
  };

  return (
    <div className="graph-lists">
      <section aria-labelledby="graph-selected" className="graph-lists__selected">
        <h2 id="graph-selected" ref={heading} tabIndex={-1}>
          {chosen ? t('neighbours', { name: chosen.label }) : t('selected')}
        </h2>
        {!chosen ? (
          <p className="hint">{t('none')}</p>
        ) : (
          <>
            <p>
              {t(`kindOne.${chosen.kind ?? 'ACTOR'}`)} · {name(chosen)} ·{' '}
              {t('degree', { count: chosen.degree ?? 0 })}
              {(chosen.alliesSought ?? []).length > 0 && (
                <> · {t('alliesSought', { kinds: (chosen.alliesSought ?? []).join(', ') })}</>
              )}
            </p>
            {(links.get(chosen.id ?? '') ?? []).length === 0 ? (
              <p>{t('noNeighbours')}</p>
            ) : (
              <ul className="graph-lists__neighbours">
                {(links.get(chosen.id ?? '') ?? []).map(({ node, edge }, index) => (
                  <li key={`${node.id ?? ''}-${String(index)}`}>
                    <span className="badge">{t(`kindOne.${node.kind ?? 'ACTOR'}`)}</span>{' '}
                    {name(node)}{' '}
                    <span className="hint">
                      ({t(`edge.${edge.kind ?? 'MEMBER_OF'}`)}
                      {edge.label ? `, ${edge.label}` : ''})
                    </span>{' '}
                    {choose(node)}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="graph-measures">
        <h2 id="graph-measures">{t('measures')}</h2>
        <h3 id="graph-bridges">{t('bridges')}</h3>
        <p className="hint">{t('bridgesHint')}</p>
        {bridges.length === 0 ? (
          <p>{t('noBridges')}</p>
        ) : (
          <ul aria-labelledby="graph-bridges">
            {bridges.map((bridge) => {
              const node = byId.get(bridge.node ?? '');
              return (
                node && (
                  <li key={bridge.node}>
                    {name(node)} — {t('bridgeOf', { count: (bridge.coalitions ?? []).length })}{' '}
                    {choose(node)}
                  </li>
                )
              );
            })}
          </ul>
        )}
        <h3 id="graph-unallied">{t('unallied')}</h3>
        <p className="hint">{t('unalliedHint')}</p>
        {unallied.length === 0 ? (
          <p>{t('noUnallied')}</p>
        ) : (
          <ul aria-labelledby="graph-unallied">
            {unallied.map((node) => (
              <li key={node.id}>
                {name(node)} {choose(node)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="graph-nodes">
        <h2 id="graph-nodes">{t('nodes')}</h2>
        <p className="hint">{t('nodesHint')}</p>
        {NODE_KINDS.map((kind) => {
          const ofKind = nodes.filter((n) => n.kind === kind);
          return (
            ofKind.length > 0 && (
              <div key={kind}>
                <h3 id={`graph-kind-${kind}`}>
                  {t(`kind.${kind}`)} ({ofKind.length})
                </h3>
                <ul aria-labelledby={`graph-kind-${kind}`} className="graph-lists__nodes">
                  {ofKind.map((node) => (
                    <li key={node.id}>
                      {name(node)}{' '}
                      <span className="hint">{t('degree', { count: node.degree ?? 0 })}</span>{' '}
                      {choose(node)}
                    </li>
                  ))}
                </ul>
              </div>
            )
          );
        })}
      </section>
    </div>
  );
}
