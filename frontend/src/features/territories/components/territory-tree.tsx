import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';

function Node({ node }: { node: Schemas['TerritoryNode'] }) {
  const { t } = useTranslation();
  const children = node.children ?? [];
  return (
    <li>
      <Link to={`/territories/${node.slug ?? ''}`}>{node.name}</Link>{' '}
      {node.kind && <span className="muted">({t(`territoryKind.${node.kind}`)})</span>}
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <Node key={child.slug} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The territories as nested lists, from the national level down. */
export function TerritoryTree({
  roots,
  labelledBy,
}: {
  roots: readonly Schemas['TerritoryNode'][];
  labelledBy: string;
}) {
  return (
    <ul className="tree" aria-labelledby={labelledBy}>
      {roots.map((root) => (
        <Node key={root.slug} node={root} />
      ))}
    </ul>
  );
}
