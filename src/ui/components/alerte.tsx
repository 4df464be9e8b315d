import type { ComponentChildren } from 'preact';

/**
 * A DSFR alert: something the person must notice now (an error, a warning, a confirmation).
 * `role` makes screen readers announce it when the page opens (`alert` for errors, `status` otherwise);
 * `petite` is the small alert without title.
 */
export function Alerte(props: {
  type: 'info' | 'success' | 'warning' | 'error';
  titre?: ComponentChildren;
  petite?: boolean;
  role?: 'alert' | 'status';
  /** Spacing classes; `fr-mb-3w` by default. */
  class?: string;
  /** The message: text (wrapped in a paragraph) or block elements with `blocs`. */
  children?: ComponentChildren;
  /** The children are already blocks (paragraphs, lists): not wrapped in a paragraph. */
  blocs?: boolean;
}) {
  const cls = [
    'fr-alert',
    `fr-alert--${props.type}`,
    props.petite ? 'fr-alert--sm' : '',
    props.class ?? 'fr-mb-3w',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={cls} role={props.role}>
      {props.titre ? <h2 class="fr-alert__title">{props.titre}</h2> : null}
      {props.children ? props.blocs ? props.children : <p>{props.children}</p> : null}
    </div>
  );
}

/** A DSFR callout: information worth highlighting that is not an alert (no urgency). */
export function MiseEnAvant(props: {
  titre?: ComponentChildren;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={props.class ? `fr-callout ${props.class}` : 'fr-callout'}>
      {props.titre ? <h2 class="fr-callout__title">{props.titre}</h2> : null}
      <p class="fr-callout__text">{props.children}</p>
    </div>
  );
}
