import type { ComponentChildren } from 'preact';
import { erreurId } from './champ.tsx';

/**
 * A DSFR fieldset: legend (with the "required" mention and the hint) and a group error. With an `id`,
 * the legend and the error get ids and the fieldset is labelled by both, so the error is read with
 * the group's name.
 */
export function SectionFormulaire(props: {
  legend: ComponentChildren;
  id?: string | undefined;
  hint?: ComponentChildren | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  /** Legend in regular weight (a question rather than a section title). */
  regular?: boolean;
  /** Extra classes on the legend (`fr-text--regular`, `fr-h5`…). */
  legendClass?: string;
  /** Where the group error goes: after the elements (default) or right after the legend. */
  errorPlacement?: 'debut' | 'fin';
  children: ComponentChildren;
}) {
  const legendeId = props.id ? `${props.id}-legende` : undefined;
  const messageId = props.id && props.error ? erreurId(props.id) : undefined;
  const erreur = props.error ? (
    <div class="fr-messages-group" id={messageId} aria-live={messageId ? 'polite' : undefined}>
      <p class="fr-message fr-message--error">{props.error}</p>
    </div>
  ) : null;
  const legendClass = [
    'fr-fieldset__legend',
    props.regular ? 'fr-fieldset__legend--regular' : '',
    props.legendClass ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      class={`fr-fieldset${props.error ? ' fr-fieldset--error' : ''}`}
      id={props.id}
      aria-labelledby={legendeId ? `${legendeId}${messageId ? ` ${messageId}` : ''}` : undefined}
    >
      <legend class={legendClass} id={legendeId}>
        {props.legend}
        {props.required ? <span class="fr-sr-only"> (obligatoire)</span> : null}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </legend>
      {props.errorPlacement === 'debut' ? erreur : null}
      {props.children}
      {props.errorPlacement === 'debut' ? null : erreur}
    </fieldset>
  );
}

/** One element of a fieldset; `inline` puts elements side by side from the medium breakpoint. */
export function ElementSection(props: { inline?: boolean; class?: string; children: ComponentChildren }) {
  const cls = `fr-fieldset__element${props.inline ? ' fr-fieldset__element--inline' : ''}`;
  return <div class={props.class ? `${cls} ${props.class}` : cls}>{props.children}</div>;
}
