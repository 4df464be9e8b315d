import type { Option } from './form.tsx';

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
