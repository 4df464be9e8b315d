import { Radios } from '../../../ui/components/choix.tsx';
import { Checkbox, type FieldErrors, Input } from '../../../ui/components/form.tsx';
import { ZoneTexte } from '../../../ui/components/zone-texte.tsx';
import { MOTIVATION_MAX } from '../schemas.ts';

/** What a form was filled with (strings as posted), to show it again after an error. */
export type Valeurs = Record<string, string | undefined>;

export const OPTIONS_QPV = [
  { value: 'oui', label: 'Oui, la structure intervient en quartier prioritaire (QPV)' },
  { value: 'non', label: 'Non' },
  { value: 'sans_objet', label: 'Sans objet (aucun QPV sur le territoire)' },
];

const coche = (v: string | undefined) => v === 'on' || v === 'true' || v === 'oui';

/** The application's own fields, shared by the public form and the structure's edit form. */
export function ChampsProjet({ v, e }: { v: Valeurs; e: FieldErrors }) {
  return (
    <>
      <fieldset class="fr-fieldset" aria-labelledby="legende-territoire">
        <legend class="fr-fieldset__legend" id="legende-territoire">
          Territoire d’intervention
        </legend>
        <div class="fr-fieldset__element">
          <Radios
            name="qpv"
            legend="Quartier prioritaire de la politique de la ville (QPV)"
            options={OPTIONS_QPV}
            value={v.qpv}
            error={e.qpv}
            required
          />
        </div>
        <div class="fr-fieldset__element">
          <Checkbox
            name="zrr"
            label="La structure est située en zone de revitalisation rurale (ZRR)"
            checked={coche(v.zrr)}
          />
        </div>
        <div class="fr-fieldset__element">
          <Checkbox
            name="franceServices"
            label="La structure porte un espace labellisé France Services"
            checked={coche(v.franceServices)}
          />
        </div>
        <div class="fr-fieldset__element">
          <Input
            name="reseauNational"
            label="Réseau national (facultatif)"
            hint="Par exemple : Croix-Rouge française, La Poste, Emmaüs Connect."
            value={v.reseauNational}
            error={e.reseauNational}
            maxLength={150}
          />
        </div>
      </fieldset>
      <fieldset class="fr-fieldset" aria-labelledby="legende-besoin">
        <legend class="fr-fieldset__legend" id="legende-besoin">
          Votre besoin
        </legend>
        <div class="fr-fieldset__element">
          <Input
            name="postesDemandes"
            label="Nombre de postes de conseiller numérique demandés"
            hint="Entre 1 et 100."
            type="number"
            inputMode="numeric"
            value={v.postesDemandes}
            error={e.postesDemandes}
            required
            extra={{ min: '1', max: '100' }}
          />
        </div>
        <div class="fr-fieldset__element">
          <Input
            name="dateDebutSouhaitee"
            label="Date de début de mission souhaitée"
            hint="Format attendu : AAAA-MM-JJ."
            type="date"
            value={v.dateDebutSouhaitee}
            error={e.dateDebutSouhaitee}
            required
          />
        </div>
        <div class="fr-fieldset__element">
          <ZoneTexte
            name="motivation"
            label="Votre motivation et le projet des conseillers numériques"
            hint="Publics visés, lieux d’intervention, partenaires."
            value={v.motivation}
            error={e.motivation}
            max={MOTIVATION_MAX}
            required
          />
        </div>
      </fieldset>
      <fieldset class="fr-fieldset" aria-labelledby="legende-contact">
        <legend class="fr-fieldset__legend" id="legende-contact">
          Personne à contacter
        </legend>
        <div class="fr-fieldset__element fr-fieldset__element--inline">
          <Input
            name="contactPrenom"
            label="Prénom"
            value={v.contactPrenom}
            error={e.contactPrenom}
            autocomplete="given-name"
            required
            maxLength={100}
          />
        </div>
        <div class="fr-fieldset__element fr-fieldset__element--inline">
          <Input
            name="contactNom"
            label="Nom"
            value={v.contactNom}
            error={e.contactNom}
            autocomplete="family-name"
            required
            maxLength={100}
          />
        </div>
        <div class="fr-fieldset__element">
          <Input
            name="contactFonction"
            label="Fonction"
            hint="Par exemple : directrice générale des services."
            value={v.contactFonction}
            error={e.contactFonction}
            autocomplete="organization-title"
            required
            maxLength={150}
          />
        </div>
        <div class="fr-fieldset__element">
          <Input
            name="contactEmail"
            label="Adresse électronique"
            hint="Format attendu : nom@domaine.fr. Elle sert d’identifiant pour votre espace."
            type="email"
            value={v.contactEmail}
            error={e.contactEmail}
            autocomplete="email"
            required
            maxLength={254}
          />
        </div>
        <div class="fr-fieldset__element">
          <Input
            name="contactTelephone"
            label="Téléphone (facultatif)"
            hint="Par exemple : 03 23 24 25 26."
            type="tel"
            value={v.contactTelephone}
            error={e.contactTelephone}
            autocomplete="tel"
            maxLength={20}
          />
        </div>
      </fieldset>
    </>
  );
}
