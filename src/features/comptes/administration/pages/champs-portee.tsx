import { ROLE_LABELS, ROLE_SCOPE, type Role } from '../../../../platform/auth/roles.ts';
import { type FieldErrors, fieldId, Input, Select } from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import type { StructureChoisie } from '../../../structures/index.ts';

export interface ValeursPortee {
  role?: string | undefined;
  departement?: string | undefined;
  structure?: string | undefined;
  structure_recherche?: string | undefined;
}

const SCOPE_HINT: Record<string, string> = {
  national: 'national',
  departement: 'un département',
  structure: 'une structure',
  personnel: 'personnel (aucun périmètre)',
};

/**
 * Role + scope fields without JavaScript: a département select, and a structure typed by name or SIRET;
 * when several structures match, the re-rendered form offers them as radio buttons.
 */
export function ChampsPortee(props: {
  roles: readonly Role[];
  values: ValeursPortee;
  errors: FieldErrors;
  departements: { code: string; nom: string }[];
  candidats?: StructureChoisie[] | undefined;
}) {
  const needs = new Set(props.roles.map((r) => ROLE_SCOPE[r]));
  const hint = props.roles.map((r) => `${ROLE_LABELS[r]} : ${SCOPE_HINT[ROLE_SCOPE[r]]}`).join(' ; ');
  return (
    <>
      <Select
        name="role"
        label="Rôle"
        hint={`Périmètre de chaque rôle — ${hint}.`}
        options={props.roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        value={props.values.role}
        error={props.errors.role}
        placeholder="Choisir un rôle"
        required
      />
      {needs.has('departement') ? (
        <Select
          name="departement"
          label="Département (rôle préfecture)"
          options={props.departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))}
          value={props.values.departement}
          error={props.errors.departement}
          placeholder="Aucun"
        />
      ) : null}
      {needs.has('structure') ? (
        props.candidats?.length ? (
          <fieldset
            class={`fr-fieldset${props.errors.structure ? ' fr-fieldset--error' : ''}`}
            id={fieldId('structure')}
            aria-labelledby="legende-structure"
          >
            <legend class="fr-fieldset__legend" id="legende-structure">
              Plusieurs structures correspondent à « {props.values.structure_recherche} » : choisissez-en une
            </legend>
            {props.candidats.map((s) => (
              <ElementSection>
                <div class="fr-radio-group">
                  <input type="radio" id={`structure-${s.id}`} name="structure" value={s.id} />
                  <label class="fr-label" for={`structure-${s.id}`}>
                    {s.nom}
                    <span class="fr-hint-text">
                      Département {s.departementCode}
                      {s.siret ? ` — SIRET ${s.siret}` : ''}
                    </span>
                  </label>
                </div>
              </ElementSection>
            ))}
            <input type="hidden" name="structure_recherche" value={props.values.structure_recherche ?? ''} />
            {props.errors.structure ? (
              <div class="fr-messages-group">
                <p class="fr-message fr-message--error">{props.errors.structure}</p>
              </div>
            ) : null}
          </fieldset>
        ) : (
          <Input
            name="structure_recherche"
            label="Structure (rôles structure, conseiller, aidant)"
            hint="Nom ou SIRET de la structure ; si plusieurs correspondent, vous choisirez dans une liste."
            value={props.values.structure_recherche}
            error={props.errors.structure ?? props.errors.structure_recherche}
            maxLength={200}
          />
        )
      ) : null}
    </>
  );
}
