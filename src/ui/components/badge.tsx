import type { ComponentChildren } from 'preact';

/** DSFR system badges (with their meaning) or `neutre` (grey). */
export type Ton = 'success' | 'error' | 'info' | 'warning' | 'new' | 'neutre';

/** DSFR illustrative colours, for badges and tags that only sort things (an HTTP method, a fee). */
export type Couleur =
  | 'green-tilleul-verveine'
  | 'green-bourgeon'
  | 'green-emeraude'
  | 'green-menthe'
  | 'green-archipel'
  | 'blue-ecume'
  | 'blue-cumulus'
  | 'purple-glycine'
  | 'pink-macaron'
  | 'pink-tuile'
  | 'yellow-tournesol'
  | 'yellow-moutarde'
  | 'orange-terre-battue'
  | 'brown-cafe-creme'
  | 'brown-caramel'
  | 'brown-opera'
  | 'beige-gris-galet';

/**
 * A short status word. Small and without icon by default (in tables and lists); `icone` adds the
 * system badge's pictogram, `grand` the medium size.
 */
export function Badge(props: {
  ton: Ton | Couleur;
  grand?: boolean;
  icone?: boolean;
  /** Extra classes (spacing). */
  class?: string;
  children: ComponentChildren;
}) {
  const cls = [
    'fr-badge',
    props.grand ? '' : 'fr-badge--sm',
    props.icone ? '' : 'fr-badge--no-icon',
    props.ton === 'neutre' ? '' : `fr-badge--${props.ton}`,
    props.class ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return <span class={cls}>{props.children}</span>;
}

/** A non-clickable DSFR tag (a keyword: a service, a fee). */
export function Tag(props: { petit?: boolean; couleur?: Couleur; children: ComponentChildren }) {
  const cls = `fr-tag${props.petit ? ' fr-tag--sm' : ''}${props.couleur ? ` fr-tag--${props.couleur}` : ''}`;
  return <p class={cls}>{props.children}</p>;
}

/** A list of tags, named for screen readers by `label`. */
export function Tags(props: { label: string; class?: string; children: ComponentChildren[] }) {
  return (
    <ul class={props.class ? `fr-tags-group ${props.class}` : 'fr-tags-group'} aria-label={props.label}>
      {props.children.map((tag) => (
        <li>{tag}</li>
      ))}
    </ul>
  );
}
