import type { ComponentChildren } from 'preact';

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
  const described = props.error ? `${id}-erreur` : undefined;
  return (
    <div class={`fr-input-group${props.error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {props.label}
        {props.required ? <span class="fr-sr-only"> (obligatoire)</span> : null}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </label>
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
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described}
        {...(props.extra ?? {})}
      />
      {props.error ? (
        <p class="fr-error-text" id={described}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function Textarea(props: Omit<InputProps, 'type'> & { rows?: number }) {
  const id = fieldId(props.name);
  const described = props.error ? `${id}-erreur` : undefined;
  return (
    <div class={`fr-input-group${props.error ? ' fr-input-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {props.label}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </label>
      <textarea
        class={`fr-input${props.error ? ' fr-input--error' : ''}`}
        id={id}
        name={props.name}
        rows={props.rows ?? 5}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described}
      >
        {props.value ?? ''}
      </textarea>
      {props.error ? (
        <p class="fr-error-text" id={described}>
          {props.error}
        </p>
      ) : null}
    </div>
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
  const described = props.error ? `${id}-erreur` : undefined;
  return (
    <div class={`fr-select-group${props.error ? ' fr-select-group--error' : ''}`}>
      <label class="fr-label" for={id}>
        {props.label}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </label>
      <select
        class={`fr-select${props.error ? ' fr-select--error' : ''}`}
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.error ? (
        <p class="fr-error-text" id={described}>
          {props.error}
        </p>
      ) : null}
    </div>
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

export function Fieldset(props: {
  legend: string;
  children: ComponentChildren;
  error?: string | undefined;
  id?: string;
}) {
  return (
    <fieldset class={`fr-fieldset${props.error ? ' fr-fieldset--error' : ''}`} id={props.id}>
      <legend class="fr-fieldset__legend">{props.legend}</legend>
      {props.children}
      {props.error ? (
        <div class="fr-messages-group">
          <p class="fr-message fr-message--error">{props.error}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
