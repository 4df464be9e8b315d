import { fieldId, type Option } from './form.tsx';
import { ElementSection, SectionFormulaire } from './section-formulaire.tsx';

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
  return (
    <SectionFormulaire
      id={id}
      legend={props.legend}
      hint={props.hint}
      error={props.error}
      required={props.required}
      regular
    >
      {props.options.map((o) => {
        const rid = `${id}-${o.value.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
        return (
          <ElementSection inline={props.inline}>
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
          </ElementSection>
        );
      })}
    </SectionFormulaire>
  );
}

/** Several checkboxes sharing one name (the form sends every checked value); an option may have a hint. */
export function CasesACocher(props: {
  name: string;
  legend: string;
  options: (Option & { hint?: string })[];
  values: string[];
  error?: string | undefined;
  hint?: string;
}) {
  const id = fieldId(props.name);
  return (
    <SectionFormulaire id={id} legend={props.legend} hint={props.hint} error={props.error} regular>
      {props.options.map((o) => {
        const cid = `${id}-${o.value}`;
        return (
          <ElementSection>
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
                {o.hint ? <span class="fr-hint-text">{o.hint}</span> : null}
              </label>
            </div>
          </ElementSection>
        );
      })}
    </SectionFormulaire>
  );
}
