import { CasesACocher, Radios } from '../../../../ui/components/choix.tsx';
import { type CommuneCandidate, CommuneField } from '../../../../ui/components/commune-field.tsx';
import { type FieldErrors, Input, Select } from '../../../../ui/components/form.tsx';
import { ZoneTexte } from '../../../../ui/components/zone-texte.tsx';
import { RAYONS_MOBILITE_KM, SITUATION_CANDIDAT_LABELS, SITUATIONS_CANDIDAT } from '../../domain/types.ts';
import type { Valeurs } from '../../pages/champs-candidature-structure.tsx';
import { MOTIVATION_MAX } from '../../schemas.ts';

export const LIBELLES_CHAMPS_CANDIDAT: Record<string, string> = {
  prenom: 'Prénom',
  nom: 'Nom',
  email: 'Adresse électronique',
  telephone: 'Téléphone',
  commune: 'Commune',
  rayonMobiliteKm: 'Mobilité',
  dateDisponibilite: 'Disponibilité',
  situations: 'Situation',
  diplome: 'Diplôme',
  diplomeNom: 'Nom du diplôme',
  experience: 'Expérience',
  motivation: 'Motivation',
  niveauPix: 'Niveau Pix',
  consentement: 'Consentement',
  motDePasse: 'Mot de passe',
};

const OPTIONS_RAYON = [
  ...RAYONS_MOBILITE_KM.map((km) => ({ value: String(km), label: `${km} km` })),
  { value: 'sans_limite', label: 'Sans limite' },
];

/** The candidate's profile, shared by the public form and the candidate's edit form. */
export function ChampsProfil(props: {
  v: Valeurs;
  situations: string[];
  e: FieldErrors;
  communes?: CommuneCandidate[] | undefined;
}) {
  const { v, e } = props;
  return (
    <>
      <fieldset class="fr-fieldset" aria-labelledby="legende-lieu">
        <legend class="fr-fieldset__legend" id="legende-lieu">
          Où et quand
        </legend>
        <div class="fr-fieldset__element">
          <CommuneField
            name="commune"
            codeName="communeCode"
            label="Commune de résidence"
            value={v.commune}
            code={v.communeCode}
            error={e.commune}
            candidates={props.communes}
            required
          />
        </div>
        <div class="fr-fieldset__element" data-position="">
          <p class="fr-text--sm fr-mb-1w">
            Votre position sert à calculer la distance aux structures ; à défaut, le centre de votre commune
            est utilisé.
          </p>
          <div class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-sm-6">
              <Input
                name="latitude"
                label="Latitude (facultatif)"
                hint="Degrés décimaux, par exemple 49.5641."
                value={v.latitude}
                error={e.latitude}
                maxLength={20}
              />
            </div>
            <div class="fr-col-12 fr-col-sm-6">
              <Input
                name="longitude"
                label="Longitude (facultatif)"
                hint="Degrés décimaux, par exemple 3.6199."
                value={v.longitude}
                error={e.longitude}
                maxLength={20}
              />
            </div>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <Radios
            name="rayonMobiliteKm"
            legend="Jusqu’où êtes-vous prêt·e à vous déplacer pour travailler ?"
            hint="Distance à vol d’oiseau depuis votre commune."
            options={OPTIONS_RAYON}
            value={v.rayonMobiliteKm}
            error={e.rayonMobiliteKm}
            inline
            required
          />
        </div>
        <div class="fr-fieldset__element">
          <Input
            name="dateDisponibilite"
            label="Date à partir de laquelle vous êtes disponible"
            hint="Format attendu : AAAA-MM-JJ."
            type="date"
            value={v.dateDisponibilite}
            error={e.dateDisponibilite}
            required
          />
        </div>
      </fieldset>
      <fieldset class="fr-fieldset" aria-labelledby="legende-parcours">
        <legend class="fr-fieldset__legend" id="legende-parcours">
          Votre parcours
        </legend>
        <div class="fr-fieldset__element">
          <CasesACocher
            name="situations"
            legend="Votre situation actuelle"
            hint="Cochez au moins une case."
            options={SITUATIONS_CANDIDAT.map((s) => ({ value: s, label: SITUATION_CANDIDAT_LABELS[s] }))}
            values={props.situations}
            error={e.situations}
          />
        </div>
        <div class="fr-fieldset__element">
          <Radios
            name="diplome"
            legend="Avez-vous un diplôme de médiation numérique ?"
            hint="Par exemple : titre professionnel de responsable d’espace de médiation numérique (REMN)."
            options={[
              { value: 'oui', label: 'Oui' },
              { value: 'non', label: 'Non' },
            ]}
            value={v.diplome === 'on' || v.diplome === 'true' ? 'oui' : v.diplome}
            error={e.diplome}
            inline
          />
        </div>
        <div class="fr-fieldset__element">
          <Input
            name="diplomeNom"
            label="Nom du diplôme (si vous en avez un)"
            value={v.diplomeNom}
            error={e.diplomeNom}
            maxLength={200}
          />
        </div>
        <div class="fr-fieldset__element">
          <ZoneTexte
            name="experience"
            label="Votre expérience (facultatif)"
            hint="Accompagnement de publics, animation, usages du numérique."
            value={v.experience}
            error={e.experience}
            max={MOTIVATION_MAX}
            rows={4}
          />
        </div>
        <div class="fr-fieldset__element">
          <ZoneTexte
            name="motivation"
            label="Votre motivation"
            value={v.motivation}
            error={e.motivation}
            max={MOTIVATION_MAX}
            required
          />
        </div>
        <div class="fr-fieldset__element">
          <Select
            name="niveauPix"
            label="Votre niveau Pix (facultatif)"
            hint="Le niveau global de votre certification Pix, de 1 à 8."
            options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: `Niveau ${n}` }))}
            value={v.niveauPix}
            error={e.niveauPix}
            placeholder="Non renseigné"
          />
        </div>
      </fieldset>
    </>
  );
}
