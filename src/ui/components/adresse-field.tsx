import { fieldId } from './form.tsx';

/** The client script that turns the field into an ARIA 1.2 combobox (the field works without it). */
export const ADRESSE_AUTOCOMPLETE_SCRIPT = '/static/adresse-autocomplete.js';

/** An address the server proposes after a submit, as a radio button (no JavaScript needed). */
export interface AdresseProposee {
  /** The radio's value, read back by the server. */
  valeur: string;
  libelle: string;
}

export interface AdresseFieldProps {
  name: string;
  label: string;
  hint?: string;
  value?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  /** Addresses to choose from after a submit; with `choixCentre`, one more: keep the commune's centre. */
  propositions?: AdresseProposee[] | undefined;
  /** Name of the radio group (`adresse_choisie` by default). */
  choixName?: string;
  choixCentre?: boolean;
  /**
   * Names of the fields the autocomplete fills when an address is picked (each optional): the commune
   * text and INSEE code, the postal code, latitude, longitude and the precision (hidden).
   */
  champs?: {
    commune?: string;
    codeInsee?: string;
    codePostal?: string;
    latitude?: string;
    longitude?: string;
    precision?: string;
  };
}

const HINT =
  'Numéro et voie, par exemple « 20 avenue de Ségur ». Des adresses sont proposées pendant la saisie.';

/**
 * An address field usable in any form. Without JavaScript it is a plain text field: the server geocodes
 * the address on save and, when unsure, re-renders the field with its proposals as radio buttons. With
 * JavaScript, suggestions come from /api/v1/adresses (the platform asks the national address service;
 * the browser never calls it) and picking one fills the commune, postal code and position.
 */
export function AdresseField(props: AdresseFieldProps) {
  const id = fieldId(props.name);
  const errorId = `${id}-erreur`;
  const hintId = `${id}-aide`;
  const propositions = props.propositions ?? [];
  const choixName = props.choixName ?? 'adresse_choisie';
  const choixId = `${id}-choix`;
  const c = props.champs ?? {};
  const donnees: Record<string, string> = {};
  if (c.commune) donnees['data-champ-commune'] = fieldId(c.commune);
  if (c.codeInsee) donnees['data-champ-code-insee'] = fieldId(c.codeInsee);
  if (c.codePostal) donnees['data-champ-code-postal'] = fieldId(c.codePostal);
  if (c.latitude) donnees['data-champ-latitude'] = fieldId(c.latitude);
  if (c.longitude) donnees['data-champ-longitude'] = fieldId(c.longitude);
  if (c.precision) donnees['data-champ-precision'] = fieldId(c.precision);
  return (
    <>
      <div
        class={`fr-input-group${props.error ? ' fr-input-group--error' : ''}`}
        data-adresse-autocomplete=""
        {...donnees}
        {...(propositions.length ? { 'data-choix': choixId } : {})}
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
          maxLength={200}
          autoComplete="address-line1"
          spellcheck={false}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
        />
        {props.error ? (
          <p class="fr-error-text" id={errorId}>
            {props.error}
          </p>
        ) : null}
      </div>
      {propositions.length ? (
        <fieldset class="fr-fieldset" id={choixId} aria-labelledby={`${choixId}-legende`}>
          <legend class="fr-fieldset__legend fr-text--regular" id={`${choixId}-legende`}>
            Choisissez l’adresse
          </legend>
          {propositions.map((p, i) => (
            <div class="fr-fieldset__element">
              <div class="fr-radio-group">
                <input type="radio" id={`${choixId}-${i}`} name={choixName} value={p.valeur} />
                <label class="fr-label" for={`${choixId}-${i}`}>
                  {p.libelle}
                </label>
              </div>
            </div>
          ))}
          {props.choixCentre ? (
            <div class="fr-fieldset__element">
              <div class="fr-radio-group">
                <input type="radio" id={`${choixId}-centre`} name={choixName} value="centre" />
                <label class="fr-label" for={`${choixId}-centre`}>
                  Aucune de ces adresses : garder l’adresse saisie, placée au centre de la commune
                  <span class="fr-hint-text">Position approximative</span>
                </label>
              </div>
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <script type="module" src={ADRESSE_AUTOCOMPLETE_SCRIPT} />
    </>
  );
}
