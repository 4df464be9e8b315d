import type { ComponentChildren } from 'preact';

/** One series of a chart: its name (legend) and one value per abscissa. */
export interface SerieGraphique {
  nom: string;
  valeurs: readonly number[];
}

// DSFR illustrative colours, told apart by shape too (dashes, markers) for colour-blind readers.
const STYLES = [
  { couleur: '#000091', tirets: undefined, marque: 'rond' },
  { couleur: '#18753c', tirets: '6 3', marque: 'carre' },
  { couleur: '#b34000', tirets: '2 3', marque: 'losange' },
  { couleur: '#6e445a', tirets: '10 4 2 4', marque: 'rond' },
] as const;

const L = 640;
const H = 260;
const MARGE = { haut: 12, droite: 12, bas: 34, gauche: 48 };

/** A round top of the scale (1, 2, 2.5 or 5 × 10ⁿ) so gridlines fall on readable values. */
export function echelle(max: number): number {
  if (max <= 0) return 4;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

const NOMBRE = new Intl.NumberFormat('fr-FR');

function Marque(props: { forme: string; x: number; y: number; couleur: string }) {
  const { x, y, couleur } = props;
  if (props.forme === 'carre') return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={couleur} />;
  if (props.forme === 'losange')
    return <path d={`M${x} ${y - 4.5}L${x + 4.5} ${y}L${x} ${y + 4.5}L${x - 4.5} ${y}Z`} fill={couleur} />;
  return <circle cx={x} cy={y} r={3.5} fill={couleur} />;
}

/**
 * A small server-rendered SVG chart (bars or lines), inside a `<figure>` with its caption. The SVG is
 * an image with a text alternative; the data table given as `children` (placed right after the drawing)
 * carries every value, so nothing is only in the drawing. Works without JavaScript.
 */
export function Graphique(props: {
  id: string;
  titre: string;
  /** One sentence for screen readers: what the chart shows, its latest values. */
  resume: string;
  type: 'barres' | 'courbes';
  abscisses: readonly string[];
  series: readonly SerieGraphique[];
  children?: ComponentChildren;
}) {
  const n = props.abscisses.length;
  const max = echelle(Math.max(0, ...props.series.flatMap((s) => s.valeurs)));
  const largeur = L - MARGE.gauche - MARGE.droite;
  const hauteur = H - MARGE.haut - MARGE.bas;
  const y = (v: number) => MARGE.haut + hauteur - (Math.max(0, v) / max) * hauteur;
  const pas = n > 0 ? largeur / n : largeur;
  const x = (i: number) => MARGE.gauche + pas * i + pas / 2;
  const tousLes = Math.max(1, Math.ceil(n / 8));
  const graduations = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const largeurBarre = (pas * 0.8) / Math.max(1, props.series.length);
  return (
    <figure class="maillage-graphique fr-mb-3w" id={props.id}>
      <figcaption>
        <p class="fr-text--bold fr-mb-1w">{props.titre}</p>
        <ul class="maillage-graphique__legende fr-text--sm">
          {props.series.map((s, k) => {
            const st = STYLES[k % STYLES.length]!;
            return (
              <li>
                <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
                  {props.type === 'barres' ? (
                    <rect x={6} y={1} width={16} height={10} fill={st.couleur} />
                  ) : (
                    <>
                      <line
                        x1={0}
                        x2={28}
                        y1={6}
                        y2={6}
                        stroke={st.couleur}
                        stroke-width={2}
                        stroke-dasharray={st.tirets}
                      />
                      <Marque forme={st.marque} x={14} y={6} couleur={st.couleur} />
                    </>
                  )}
                </svg>{' '}
                {s.nom}
              </li>
            );
          })}
        </ul>
      </figcaption>
      <svg
        viewBox={`0 0 ${L} ${H}`}
        width="100%"
        class="maillage-graphique__dessin"
        role="img"
        aria-labelledby={`${props.id}-titre ${props.id}-resume`}
      >
        <title id={`${props.id}-titre`}>{props.titre}</title>
        <desc id={`${props.id}-resume`}>{props.resume}</desc>
        {graduations.map((g) => (
          <g>
            <line x1={MARGE.gauche} x2={L - MARGE.droite} y1={y(g)} y2={y(g)} stroke="#dddddd" />
            <text x={MARGE.gauche - 6} y={y(g) + 4} text-anchor="end" font-size="12" fill="#3a3a3a">
              {NOMBRE.format(Math.round(g * 10) / 10)}
            </text>
          </g>
        ))}
        {props.abscisses.map((a, i) =>
          i % tousLes === 0 ? (
            <text x={x(i)} y={H - MARGE.bas + 18} text-anchor="middle" font-size="12" fill="#3a3a3a">
              {a}
            </text>
          ) : null,
        )}
        {props.series.map((s, k) => {
          const st = STYLES[k % STYLES.length]!;
          if (props.type === 'barres') {
            return (
              <g fill={st.couleur}>
                {s.valeurs.map((v, i) => (
                  <rect
                    x={x(i) - (pas * 0.8) / 2 + k * largeurBarre}
                    y={y(v)}
                    width={Math.max(1, largeurBarre - 1)}
                    height={Math.max(0, MARGE.haut + hauteur - y(v))}
                  />
                ))}
              </g>
            );
          }
          const points = s.valeurs.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
          return (
            <g>
              <polyline
                points={points}
                fill="none"
                stroke={st.couleur}
                stroke-width={2}
                stroke-dasharray={st.tirets}
              />
              {s.valeurs.map((v, i) => (
                <Marque forme={st.marque} x={x(i)} y={y(v)} couleur={st.couleur} />
              ))}
            </g>
          );
        })}
        <line
          x1={MARGE.gauche}
          x2={L - MARGE.droite}
          y1={MARGE.haut + hauteur}
          y2={MARGE.haut + hauteur}
          stroke="#3a3a3a"
        />
      </svg>
      {props.children}
    </figure>
  );
}
