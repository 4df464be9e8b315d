import { fieldId } from './form.tsx';

/** The client script that turns the field into an ARIA 1.2 combobox (the field works without it). */
export const COMMUNE_AUTOCOMPLETE_SCRIPT = '/static/commune-autocomplete.js';

/** A commune offered as a radio button when the typed text was ambiguous (see resolveCommune). */
export interface CommuneCandidate {
  code: string;
  libelle: string;
  departementNom?: string;
  population?: number | null;
}

export interface CommuneFieldProps {
  /** Name of the text input (what the person typed or picked: "Laon (02000)"). */
  name: string;
  /** Name of the INSEE code input (hidden, or radio buttons); `${name}_code` by default. */
  codeName?: string;
  label: string;
  hint?: string;
  value?: string | undefined;
  /** INSEE code already chosen. */
  code?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  /** When the server could not decide: the communes to choose from, shown as radio buttons. */
  candidates?: CommuneCandidate[] | undefined;
  /** How many suggestions the autocomplete shows (1–50). */
  limit?: number;
}

const HINT = 'Nom ou code postal, par exemple « Laon » ou « 02000 ».';
const nombre = new Intl.NumberFormat('fr-FR');

function detail(c: CommuneCandidate): string | null {
  const parts = [
    c.departementNom,
    c.population != null ? `${nombre.format(c.population)} habitants` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}

/**
 * A commune field usable in any form. Without JavaScript it is a plain text field: the server resolves
 * the text with resolveCommune() and, when several communes match, re-renders the field with
 * `candidates` as radio buttons. With JavaScript the script adds suggestions from /api/v1/communes and
 * stores the chosen INSEE code in the hidden input.
 */
export function CommuneField(props: CommuneFieldProps) {
  const id = fieldId(props.name);
  const codeName = props.codeName ?? `${props.name}_code`;
  const codeId = fieldId(codeName);
  const errorId = `${id}-erreur`;
  const hintId = `${id}-aide`;
  const candidates = props.candidates ?? [];
  const choix = candidates.length > 0;
  const choixId = `${id}-choix`;
  return (
    <>
      <div
        class={`fr-input-group${props.error ? ' fr-input-group--error' : ''}`}
        data-commune-autocomplete=""
        data-champ-code={codeId}
        data-limite={String(props.limit ?? 8)}
        {...(choix ? { 'data-choix': choixId } : {})}
      >
        <label class="fr-label" for={id}>
          {props.label}
          {props.required ? <span class="fr-sr-only"> (obligatoire)</span> : null}
          <span class="fr-hint-text" id={hintId}>
            {props.hint ?? HINT}
          </span>
        </label>
        <input
          class={`fr-input${props.error ? ' fr-input--error' : ''}`}
          id={id}
          name={props.name}
          type="text"
          value={props.value ?? ''}
          required={props.required}
          maxLength={100}
          autoComplete="address-level2"
          spellcheck={false}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
        />
        {/* Disabled while radio buttons carry the code, so that only one value is sent. */}
        <input type="hidden" id={codeId} name={codeName} value={props.code ?? ''} disabled={choix} />
        {props.error ? (
          <p class="fr-error-text" id={errorId}>
            {props.error}
          </p>
        ) : null}
      </div>
      {choix ? (
        <fieldset class="fr-fieldset" id={choixId} aria-labelledby={`${choixId}-legende`}>
          <legend class="fr-fieldset__legend fr-text--regular" id={`${choixId}-legende`}>
            Choisissez la commune
          </legend>
          {candidates.map((c) => {
            const radioId = `${choixId}-${c.code}`;
            const d = detail(c);
            return (
              <div class="fr-fieldset__element">
                <div class="fr-radio-group">
                  <input
                    type="radio"
                    id={radioId}
                    name={codeName}
                    value={c.code}
                    checked={c.code === props.code}
                  />
                  <label class="fr-label" for={radioId}>
                    {c.libelle}
                    {d ? <span class="fr-hint-text">{d}</span> : null}
                  </label>
                </div>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <script type="module" src={COMMUNE_AUTOCOMPLETE_SCRIPT} />
    </>
  );
}
