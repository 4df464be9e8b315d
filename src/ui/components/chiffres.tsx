import type { ComponentChildren } from 'preact';

/** A key figure in a small DSFR tile: the value (already formatted) and what it counts. */
export function Chiffre(props: { valeur: string; libelle: string; titre?: 'fr-h3' | 'fr-h4' }) {
  return (
    <div class="fr-col-6 fr-col-md-3">
      <div class="fr-tile fr-tile--sm">
        <div class="fr-tile__body">
          <div class="fr-tile__content">
            <p class={`fr-tile__title ${props.titre ?? 'fr-h4'} fr-mb-0`}>{props.valeur}</p>
            <p class="fr-tile__desc">{props.libelle}</p>
          </div>
        </div>
      </div>
    </div>
  );
}

/** A row of key-figure tiles (four per row on a wide screen, two on a phone). */
export function Chiffres({ children }: { children: ComponentChildren }) {
  return <div class="fr-grid-row fr-grid-row--gutters">{children}</div>;
}
