import type { ComponentChildren } from 'preact';

/** The id of a control's error message, the target of its `aria-describedby`. */
export function erreurId(id: string): string {
  return `${id}-erreur`;
}

/** The attributes a control takes from its error: marked invalid and described by the message. */
export function ariaErreur(id: string, erreur: string | undefined) {
  return {
    'aria-invalid': erreur ? ('true' as const) : undefined,
    'aria-describedby': erreur ? erreurId(id) : undefined,
  };
}

/**
 * The DSFR field wrapper shared by text fields, text areas and lists: the label (with its hint, and
 * "(obligatoire)" for screen readers when `required`), the control given as children, then the error
 * message whose id is `erreurId(id)` — spread `ariaErreur(id, error)` on the control to link them.
 */
export function Champ(props: {
  id: string;
  /** `input` (default) for fields and text areas, `select` for lists. */
  groupe?: 'input' | 'select';
  label: ComponentChildren;
  hint?: ComponentChildren | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  children: ComponentChildren;
}) {
  const groupe = `fr-${props.groupe ?? 'input'}-group`;
  return (
    <div class={`${groupe}${props.error ? ` ${groupe}--error` : ''}`}>
      <label class="fr-label" for={props.id}>
        {props.label}
        {props.required ? <span class="fr-sr-only"> (obligatoire)</span> : null}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </label>
      {props.children}
      {props.error ? (
        <p class="fr-error-text" id={erreurId(props.id)}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
