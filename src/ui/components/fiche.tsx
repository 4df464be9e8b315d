import type { ComponentChildren } from 'preact';

/** A definition list of label → value, for detail pages. */
export function Fiche({ lignes }: { lignes: [string, ComponentChildren][] }) {
  return (
    <dl class="maillage-fiche">
      {lignes.map(([k, v]) => (
        <>
          <dt class="fr-text--bold fr-mb-0">{k}</dt>
          <dd class="fr-mb-2w fr-ml-0">{v}</dd>
        </>
      ))}
    </dl>
  );
}
