import type { ComponentChildren, VNode } from 'preact';

/** A column header: its text, or its text with classes (alignment, width). */
export type Colonne = ComponentChildren | { libelle: ComponentChildren; class?: string };

function enTete(c: Colonne) {
  if (c !== null && typeof c === 'object' && 'libelle' in c) {
    return (
      <th scope="col" class={c.class}>
        {c.libelle}
      </th>
    );
  }
  return <th scope="col">{c}</th>;
}

/**
 * A DSFR table (1.12+ markup: wrapper, container, content), which scrolls horizontally on small
 * screens instead of overflowing the page. Every table has a caption (hidden with `titreMasque` when a
 * heading right above already says it), column headers with `scope="col"` (a row header is a
 * `<th scope="row">` in `ligne`) and, when `vide` is given, one row saying that there is nothing.
 */
export function Tableau<T>(props: {
  titre: ComponentChildren;
  /** The caption is still read by screen readers, but not shown. */
  titreMasque?: boolean;
  /**
   * Column headers; `null`/`false` entries are skipped (columns shown to some roles only). None for a
   * table of row headers only (label → value).
   */
  colonnes: readonly (Colonne | null | false)[];
  lignes: readonly T[];
  ligne: (item: T, index: number) => VNode;
  /** Shown in one row spanning every column when there are no rows. */
  vide?: ComponentChildren;
  /** Extra classes on the table block: `fr-table--sm`, `fr-table--bordered`, spacing… */
  class?: string;
  id?: string;
}) {
  const colonnes = props.colonnes.filter((c): c is Colonne => c !== null && c !== false);
  const cls = ['fr-table', props.titreMasque ? 'fr-table--no-caption' : '', props.class ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={cls} id={props.id}>
      <div class="fr-table__wrapper">
        {/* The container scrolls sideways on a phone: focusable so keyboard users can scroll it (RGAA 7.3). */}
        <div class="fr-table__container" tabIndex={0}>
          <div class="fr-table__content">
            <table>
              <caption>{props.titre}</caption>
              {colonnes.length ? (
                <thead>
                  <tr>{colonnes.map(enTete)}</tr>
                </thead>
              ) : null}
              <tbody>
                {props.lignes.length === 0 && props.vide !== undefined ? (
                  <tr>
                    <td colSpan={colonnes.length}>{props.vide}</td>
                  </tr>
                ) : null}
                {props.lignes.map(props.ligne)}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
