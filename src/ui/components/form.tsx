import type { ComponentChildren } from 'preact';
import { ariaErreur, Champ } from './champ.tsx';
import { SectionFormulaire } from './section-formulaire.tsx';

/** Field name → French message. */
export type FieldErrors = Record<string, string>;

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** DSFR error summary, each message linked to its field; placed at the top of the form. */
export function ErrorSummary({ errors, labels }: { errors: FieldErrors; labels?: Record<string, string> }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert" id="resume-erreurs" tabIndex={-1}>
      <h2 class="fr-alert__title">
        {entries.length === 1
          ? 'Le formulaire contient une erreur'
          : `Le formulaire contient ${entries.length} erreurs`}
      </h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            <a href={`#${fieldId(field)}`}>{labels?.[field] ? `${labels[field]} : ${message}` : message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function fieldId(name: string): string {
  return `champ-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

interface InputProps {
  name: string;
  label: string;
  hint?: string | undefined;
  value?: string | undefined;
  error?: string | undefined;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  inputMode?: 'numeric' | 'email' | 'tel' | 'text';
  maxLength?: number;
  pattern?: string;
  spellcheck?: boolean;
  extra?: Record<string, string>;
}

export function Input(props: InputProps) {
  const id = fieldId(props.name);
  return (
    <Champ
      id={id}
      groupe="input"
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
    >
      <input
        class={`fr-input${props.error ? ' fr-input--error' : ''}`}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value ?? ''}
        required={props.required}
        autoComplete={props.autocomplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        pattern={props.pattern}
        spellcheck={props.spellcheck}
        {...ariaErreur(id, props.error)}
        {...(props.extra ?? {})}
      />
    </Champ>
  );
}

export function Textarea(props: Omit<InputProps, 'type'> & { rows?: number }) {
  const id = fieldId(props.name);
  return (
    <Champ id={id} groupe="input" label={props.label} hint={props.hint} error={props.error}>
      <textarea
        class={`fr-input${props.error ? ' fr-input--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        required={props.required}
        maxLength={props.maxLength}
        {...ariaErreur(id, props.error)}
      >
        {props.value ?? ''}
      </textarea>
    </Champ>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select(props: {
  name: string;
  label: string;
  options: Option[];
  value?: string | undefined;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  placeholder?: string;
}) {
  const id = fieldId(props.name);
  return (
    <Champ id={id} groupe="select" label={props.label} hint={props.hint} error={props.error}>
      <select
        class={`fr-select${props.error ? ' fr-select--error' : ''}`}
        id={id}
        name={props.name}
        required={props.required}
        {...ariaErreur(id, props.error)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Champ>
  );
}

export function Checkbox(props: {
  name: string;
  label: string;
  checked?: boolean;
  value?: string;
  hint?: string;
  error?: string | undefined;
}) {
  const id = fieldId(props.value ? `${props.name}-${props.value}` : props.name);
  return (
    <div class={`fr-checkbox-group${props.error ? ' fr-checkbox-group--error' : ''}`}>
      <input type="checkbox" id={id} name={props.name} value={props.value ?? 'on'} checked={props.checked} />
      <label class="fr-label" for={id}>
        {props.label}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </label>
      {props.error ? <p class="fr-error-text">{props.error}</p> : null}
    </div>
  );
}

/** A form section; see `SectionFormulaire`, of which this is the short form. */
export function Fieldset(props: {
  legend: string;
  children: ComponentChildren;
  error?: string | undefined;
  id?: string;
}) {
  return (
    <SectionFormulaire legend={props.legend} error={props.error} id={props.id}>
      {props.children}
    </SectionFormulaire>
  );
}
