import { CasesACocher, Radios } from '../../../../ui/components/choix.tsx';
import { type CommuneCandidate, CommuneField } from '../../../../ui/components/commune-field.tsx';
import { Fieldset, Input, Select, Textarea } from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { NOTES_MAX } from '../../domain/saisie.ts';
import {
  AUTONOMIES,
  DUREES_PROPOSEES,
  MATERIELS,
  type Option,
  ORIENTATIONS,
  THEMATIQUES_ADMINISTRATIVES,
  THEMATIQUES_NUMERIQUES,
} from '../../domain/vocabulaire.ts';
import type { ValeursFormulaire } from '../champs.ts';
import { dureeEnFrancais } from '../presenter.ts';

/** What every fieldset of the activity forms is given. */
export interface ChampsProps {
  f: ValeursFormulaire;
  e: Record<string, string>;
}

export interface LieuPropose {
  id: string;
  libelle: string;
}

const opts = (l: readonly Option[]) => l.map((o) => ({ value: o.code, label: o.libelle }));

/** When and how long: the date (today by default) and the duration presets, or another one. */
export function ChampsQuand({ f, e, autofocus }: ChampsProps & { autofocus?: boolean }) {
  const duree = f.v.duree ?? '30';
  return (
    <Fieldset legend="Quand">
      <ElementSection>
        <Input
          name="date"
          type="date"
          label="Date"
          hint="Aujourd’hui par défaut ; format jj/mm/aaaa"
          value={f.v.date}
          error={e.date}
          required
          extra={autofocus ? { autofocus: '' } : {}}
        />
      </ElementSection>
      <ElementSection>
        <Radios
          name="duree"
          legend="Durée"
          inline
          required
          value={duree}
          error={e.duree}
          options={[
            ...DUREES_PROPOSEES.map((m) => ({ value: String(m), label: dureeEnFrancais(m) })),
            { value: 'autre', label: 'Autre durée' },
          ]}
        />
      </ElementSection>
      <ElementSection>
        <Input
          name="dureeAutre"
          type="number"
          label="Autre durée, en minutes"
          hint="Si vous avez choisi « Autre durée » ; de 1 à 720 minutes"
          value={f.v.dureeAutre}
          error={e.dureeAutre}
          inputMode="numeric"
          extra={{ min: '1', max: '720' }}
        />
      </ElementSection>
    </Fieldset>
  );
}

/** Where: one of the structure's places, at home, remotely, or elsewhere (with its commune). */
export function ChampsLieu({
  f,
  e,
  lieux,
  candidats,
}: ChampsProps & { lieux: LieuPropose[]; candidats: CommuneCandidate[] | undefined }) {
  return (
    <Fieldset legend="Où">
      <ElementSection>
        <Radios
          name="ou"
          legend="Lieu de l’activité"
          value={f.v.ou}
          error={e.ou}
          required
          options={[
            ...lieux.map((l) => ({ value: `lieu:${l.id}`, label: l.libelle })),
            { value: 'domicile', label: 'À domicile' },
            { value: 'a_distance', label: 'À distance (téléphone, visioconférence)' },
            { value: 'autre', label: 'Autre lieu' },
          ]}
        />
      </ElementSection>
      <ElementSection>
        <CommuneField
          name="commune"
          codeName="commune_code"
          label="Commune de l’autre lieu"
          hint="Si vous avez choisi « Autre lieu » : nom ou code postal, par exemple « Laon »."
          value={f.v.commune}
          code={f.v.commune_code}
          error={e.commune}
          candidates={candidats}
        />
      </ElementSection>
    </Fieldset>
  );
}

/** Digital themes (checkboxes), administrative themes folded (a native disclosure: no script needed). */
export function ChampsThematiques({ f, e }: ChampsProps) {
  const admin = f.listes.thematiquesAdministratives ?? [];
  return (
    <Fieldset legend="Thématiques">
      <ElementSection>
        <CasesACocher
          name="thematiquesNumeriques"
          legend="Thématiques numériques"
          hint="Au moins une thématique, numérique ou administrative"
          options={opts(THEMATIQUES_NUMERIQUES)}
          values={f.listes.thematiquesNumeriques ?? []}
          error={e.thematiquesNumeriques}
        />
      </ElementSection>
      <ElementSection>
        <details open={admin.length > 0 || Boolean(e.thematiquesAdministratives)}>
          <summary class="fr-text--bold">Thématiques administratives (démarches)</summary>
          <CasesACocher
            name="thematiquesAdministratives"
            legend="Thématiques administratives"
            options={opts(THEMATIQUES_ADMINISTRATIVES)}
            values={admin}
            error={e.thematiquesAdministratives}
          />
        </details>
      </ElementSection>
    </Fieldset>
  );
}

export function ChampMateriel({ f, e }: ChampsProps) {
  return (
    <CasesACocher
      name="materiel"
      legend="Matériel utilisé (facultatif)"
      options={opts(MATERIELS)}
      values={f.listes.materiel ?? []}
      error={e.materiel}
    />
  );
}

export function ChampAutonomie({ f, e }: ChampsProps) {
  return (
    <Radios
      name="autonomie"
      legend="Autonomie de la personne (facultatif)"
      inline
      value={f.v.autonomie}
      error={e.autonomie}
      options={opts(AUTONOMIES)}
    />
  );
}

/** Redirection and notes: how the activity ended. */
export function ChampsSuite({ f, e }: ChampsProps) {
  return (
    <Fieldset legend="Suite">
      <ElementSection>
        <Select
          name="orientation"
          label="Orientation vers (facultatif)"
          placeholder="Pas d’orientation"
          value={f.v.orientation}
          error={e.orientation}
          options={opts(ORIENTATIONS)}
        />
      </ElementSection>
      <ElementSection>
        <Textarea
          name="notes"
          label="Notes (facultatif)"
          hint="Pour vous seulement ; n’y écrivez pas de donnée sensible (santé, opinions…)."
          value={f.v.notes}
          error={e.notes}
          rows={3}
          maxLength={NOTES_MAX}
        />
      </ElementSection>
    </Fieldset>
  );
}
