import { h } from 'preact';

/** Where the State's chart components are served (routes-assets.ts). */
export const DSFR_CHART_BASE = '/dsfr/chart';
export const DSFR_CHART_SCRIPT = `${DSFR_CHART_BASE}/DSFRChart/DSFRChart.js`;
export const DSFR_CHART_CSS = `${DSFR_CHART_BASE}/DSFRChart/DSFRChart.css`;

/**
 * A chart of the State's design system (`@gouvfr/dsfr-chart` web component). Drawn by JavaScript only:
 * without it the element stays empty and the table that always follows carries every value, so the
 * drawing is hidden from screen readers (the table is the accessible version).
 */
export function GraphiqueDsfr(props: {
  type: 'barres' | 'courbes';
  abscisses: readonly string[];
  series: readonly { nom: string; valeurs: readonly number[] }[];
  horizontal?: boolean;
}) {
  if (props.abscisses.length === 0) return null;
  const attributs: Record<string, string> = {
    x: JSON.stringify(props.series.map(() => props.abscisses)),
    y: JSON.stringify(props.series.map((s) => s.valeurs)),
    name: JSON.stringify(props.series.map((s) => s.nom)),
    'selected-palette': props.series.length > 1 ? 'categorical' : 'default',
  };
  if (props.horizontal) attributs.horizontal = 'true';
  return (
    <div class="maillage-stats-graphique fr-mb-2w" aria-hidden="true">
      {h(props.type === 'barres' ? 'bar-chart' : 'line-chart', attributs)}
    </div>
  );
}
