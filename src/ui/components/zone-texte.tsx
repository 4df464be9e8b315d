import { fieldId } from './form.tsx';

/** The character counter script (progressive enhancement; the limit is also stated in the hint). */
export const COMPTEUR_SCRIPT = '/static/compteur-caracteres.js';

/** A textarea with its limit stated, and a live counter when JavaScript runs. */
export function ZoneTexte(props: {
  name: string;
  label: string;
  hint?: string;
  value?: string | undefined;
  error?: string | undefined;
  max: number;
  min?: number;
  rows?: number;
  required?: boolean;
}) {
  const id = fieldId(props.name);
  const erreurId = `${id}-erreur`;
  const aideId = `${id}-aide`;
  const compteurId = `${id}-compteur`;
  const limite = props.min
    ? `Entre ${props.min} et ${props.max.toLocaleString('fr-FR')} caractères.`
    : `${props.max.toLocaleString('fr-FR')} caractères au plus.`;
  return (
    <div class={`fr-input-group${props.error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {props.label}
        {props.required ? <span class="fr-sr-only"> (obligatoire)</span> : null}
        <span class="fr-hint-text" id={aideId}>
          {props.hint ? `${props.hint} ` : ''}
          {limite}
        </span>
      </label>
      <textarea
        class={`fr-input${props.error ? ' fr-input--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 6}
        maxLength={props.max}
        required={props.required}
        data-compteur={compteurId}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${aideId} ${compteurId} ${erreurId}` : `${aideId} ${compteurId}`}
      >
        {props.value ?? ''}
      </textarea>
      <p class="fr-hint-text fr-mt-1v" id={compteurId} data-max={String(props.max)} aria-live="polite">
        {`${(props.value ?? '').length.toLocaleString('fr-FR')} / ${props.max.toLocaleString('fr-FR')} caractères`}
      </p>
      {props.error ? (
        <p class="fr-error-text" id={erreurId}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
