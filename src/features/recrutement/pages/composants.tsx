import type { ComponentChildren } from 'preact';
import { fieldId, type Option } from '../../../ui/components/form.tsx';

/** The character counter script (progressive enhancement; the limit is also stated in the hint). */
export const COMPTEUR_SCRIPT = '/static/compteur-caracteres.js';
/** Fills latitude/longitude from the browser's geolocation (progressive enhancement). */
export const POSITION_SCRIPT = '/static/position.js';

/** DSFR radio buttons in a fieldset; the error is linked to the legend group. */
export function Radios(props: {
  name: string;
  legend: string;
  options: Option[];
  value?: string | undefined;
  error?: string | undefined;
  hint?: string;
  inline?: boolean;
  required?: boolean;
}) {
  const id = fieldId(props.name);
  const erreurId = `${id}-erreur`;
  return (
    <fieldset
      class={`fr-fieldset${props.error ? ' fr-fieldset--error' : ''}`}
      id={id}
      aria-labelledby={`${id}-legende${props.error ? ` ${erreurId}` : ''}`}
    >
      <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legende`}>
        {props.legend}
        {props.required ? <span class="fr-sr-only"> (obligatoire)</span> : null}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </legend>
      {props.options.map((o) => {
        const rid = `${id}-${o.value.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
        return (
          <div class={`fr-fieldset__element${props.inline ? ' fr-fieldset__element--inline' : ''}`}>
            <div class="fr-radio-group">
              <input
                type="radio"
                id={rid}
                name={props.name}
                value={o.value}
                checked={o.value === props.value}
              />
              <label class="fr-label" for={rid}>
                {o.label}
              </label>
            </div>
          </div>
        );
      })}
      {props.error ? (
        <div class="fr-messages-group" id={erreurId} aria-live="polite">
          <p class="fr-message fr-message--error">{props.error}</p>
        </div>
      ) : null}
    </fieldset>
  );
}

/** Several checkboxes sharing one name (the form sends every checked value). */
export function CasesACocher(props: {
  name: string;
  legend: string;
  options: Option[];
  values: string[];
  error?: string | undefined;
  hint?: string;
}) {
  const id = fieldId(props.name);
  const erreurId = `${id}-erreur`;
  return (
    <fieldset
      class={`fr-fieldset${props.error ? ' fr-fieldset--error' : ''}`}
      id={id}
      aria-labelledby={`${id}-legende${props.error ? ` ${erreurId}` : ''}`}
    >
      <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id={`${id}-legende`}>
        {props.legend}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </legend>
      {props.options.map((o) => {
        const cid = `${id}-${o.value}`;
        return (
          <div class="fr-fieldset__element">
            <div class="fr-checkbox-group">
              <input
                type="checkbox"
                id={cid}
                name={props.name}
                value={o.value}
                checked={props.values.includes(o.value)}
              />
              <label class="fr-label" for={cid}>
                {o.label}
              </label>
            </div>
          </div>
        );
      })}
      {props.error ? (
        <div class="fr-messages-group" id={erreurId} aria-live="polite">
          <p class="fr-message fr-message--error">{props.error}</p>
        </div>
      ) : null}
    </fieldset>
  );
}

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

export type Ton = 'success' | 'error' | 'info' | 'warning' | 'new' | 'neutre';

export function Badge({ ton, children }: { ton: Ton; children: ComponentChildren }) {
  const cls = ton === 'neutre' ? '' : ` fr-badge--${ton}`;
  return <span class={`fr-badge fr-badge--sm fr-badge--no-icon${cls}`}>{children}</span>;
}

export function Chiffre({ valeur, libelle }: { valeur: string; libelle: string }) {
  return (
    <div class="fr-col-6 fr-col-md-3">
      <div class="fr-tile fr-tile--sm">
        <div class="fr-tile__body">
          <div class="fr-tile__content">
            <p class="fr-tile__title fr-h4 fr-mb-0">{valeur}</p>
            <p class="fr-tile__desc">{libelle}</p>
          </div>
        </div>
      </div>
    </div>
  );
}

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

export function Alerte(props: {
  type: 'info' | 'success' | 'warning' | 'error';
  titre?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class={`fr-alert fr-alert--${props.type} fr-alert--sm fr-mb-3w`}>
      {props.titre ? <h2 class="fr-alert__title">{props.titre}</h2> : null}
      {props.children ? <p>{props.children}</p> : null}
    </div>
  );
}

/** A POST button in its own form (CSRF included): works without JavaScript. */
export function BoutonAction(props: {
  action: string;
  csrf: string;
  libelle: string;
  secondaire?: boolean;
  champs?: Record<string, string>;
  /** Read by screen readers after the label, when several rows share the same button. */
  precision?: string | undefined;
}) {
  return (
    <form method="post" action={props.action} class="fr-mb-0">
      <input type="hidden" name="_csrf" value={props.csrf} />
      {Object.entries(props.champs ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={`fr-btn fr-btn--sm${props.secondaire ? ' fr-btn--secondary' : ''}`}>
        {props.libelle}
        {props.precision ? <span class="fr-sr-only"> {props.precision}</span> : null}
      </button>
    </form>
  );
}

/** A plain field with an explicit id, for forms repeated on one page (one per adviser, per structure…). */
export function ChampId(props: {
  id: string;
  name: string;
  label: string;
  type?: string;
  value?: string | undefined;
  hint?: string;
  maxLength?: number;
}) {
  return (
    <div class="fr-input-group">
      <label class="fr-label" for={props.id}>
        {props.label}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </label>
      <input
        class="fr-input"
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        maxLength={props.maxLength}
      />
    </div>
  );
}

export function ChoixId(props: {
  id: string;
  name: string;
  label: string;
  options: Option[];
  value?: string | undefined;
  placeholder?: string;
}) {
  return (
    <div class="fr-select-group">
      <label class="fr-label" for={props.id}>
        {props.label}
      </label>
      <select class="fr-select" id={props.id} name={props.name}>
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
