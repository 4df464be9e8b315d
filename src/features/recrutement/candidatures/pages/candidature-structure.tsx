import { AdresseField } from '../../../../ui/components/adresse-field.tsx';
import { type CommuneCandidate, CommuneField } from '../../../../ui/components/commune-field.tsx';
import { Fiche } from '../../../../ui/components/fiche.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Select } from '../../../../ui/components/form.tsx';
import { STRUCTURE_TYPE_LABELS, STRUCTURE_TYPES } from '../../../structures/index.ts';
import { ChampsProjet, type Valeurs } from '../../pages/champs-candidature-structure.tsx';

export const LIBELLES_CHAMPS_STRUCTURE: Record<string, string> = {
  siret: 'SIRET',
  nom: 'Raison sociale',
  type: 'Type de structure',
  adresse: 'Adresse',
  commune: 'Commune',
  codePostal: 'Code postal',
  latitude: 'Latitude',
  longitude: 'Longitude',
  qpv: 'QPV',
  postesDemandes: 'Postes demandés',
  dateDebutSouhaitee: 'Date de début',
  motivation: 'Motivation',
  contactPrenom: 'Prénom du contact',
  contactNom: 'Nom du contact',
  contactFonction: 'Fonction du contact',
  contactEmail: 'Adresse électronique',
  contactTelephone: 'Téléphone',
  motDePasse: 'Mot de passe',
};

/** Public form: a structure applies to host conseillers numériques (and gets its account). */
export function CandidatureStructurePage(props: {
  csrf: string;
  valeurs: Valeurs;
  erreurs: FieldErrors;
  message?: string | undefined;
  communes?: CommuneCandidate[] | undefined;
}) {
  const v = props.valeurs;
  const e = props.erreurs;
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Accueillir des conseillers numériques</h1>
        <p class="fr-text--lead">
          Collectivités, associations, entreprises de l’économie sociale et solidaire : candidatez pour
          accueillir des conseillers numériques France Services. L’État finance chaque poste pour une durée de
          deux ou trois ans.
        </p>
        <p>
          La préfecture de votre département donne un avis sur votre candidature, puis le comité de sélection
          national attribue les postes. Vous pourrez modifier votre candidature depuis votre espace tant
          qu’elle n’a pas été examinée.
        </p>
        <p class="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
        {props.message && Object.keys(e).length === 0 ? (
          <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <p>{props.message}</p>
          </div>
        ) : null}
        <ErrorSummary errors={e} labels={LIBELLES_CHAMPS_STRUCTURE} />
        <form method="post" action="/structures/candidature" novalidate>
          <CsrfField token={props.csrf} />
          <fieldset class="fr-fieldset" aria-labelledby="legende-structure">
            <legend class="fr-fieldset__legend" id="legende-structure">
              Votre structure
            </legend>
            <div class="fr-fieldset__element">
              <Input
                name="siret"
                label="Numéro SIRET de l’établissement"
                hint="14 chiffres, espaces acceptés. Il figure sur l’avis de situation INSEE."
                value={v.siret}
                error={e.siret}
                inputMode="numeric"
                maxLength={20}
                required
              />
            </div>
            <div class="fr-fieldset__element">
              <Input
                name="nom"
                label="Raison sociale"
                value={v.nom}
                error={e.nom}
                autocomplete="organization"
                maxLength={200}
                required
              />
            </div>
            <div class="fr-fieldset__element">
              <Select
                name="type"
                label="Type de structure"
                options={STRUCTURE_TYPES.map((t) => ({ value: t, label: STRUCTURE_TYPE_LABELS[t] }))}
                value={v.type}
                error={e.type}
                placeholder="Choisissez le type"
                required
              />
            </div>
            <div class="fr-fieldset__element">
              <AdresseField
                name="adresse"
                label="Adresse"
                hint="Numéro et voie, par exemple : 1 place de l’Hôtel de Ville. Des adresses sont proposées pendant la saisie."
                value={v.adresse}
                error={e.adresse}
                required
                champs={{ commune: 'commune', codeInsee: 'communeCode' }}
              />
            </div>
            <div class="fr-fieldset__element">
              <CommuneField
                name="commune"
                codeName="communeCode"
                label="Commune"
                value={v.commune}
                code={v.communeCode}
                error={e.commune}
                candidates={props.communes}
                required
              />
            </div>
            <div class="fr-fieldset__element" data-position="">
              <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-sm-6">
                  <Input
                    name="latitude"
                    label="Latitude (facultatif)"
                    hint="Degrés décimaux, par exemple 49.5641. À défaut, la position de l’adresse (Base Adresse Nationale), ou le centre de la commune."
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
          </fieldset>
          <ChampsProjet v={v} e={e} />
          <fieldset class="fr-fieldset" aria-labelledby="legende-compte">
            <legend class="fr-fieldset__legend" id="legende-compte">
              Votre espace
            </legend>
            <div class="fr-fieldset__element">
              <p class="fr-text--sm fr-mb-1w">
                Un compte de gestionnaire est créé avec l’adresse électronique du contact : il permet de
                suivre la candidature, la convention et les recrutements.
              </p>
              <Input
                name="motDePasse"
                label="Mot de passe"
                hint="12 caractères au moins. Une phrase de passe est plus facile à retenir."
                type="password"
                error={e.motDePasse}
                autocomplete="new-password"
                maxLength={128}
                required
              />
            </div>
          </fieldset>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button type="submit" class="fr-btn">
                Envoyer la candidature
              </button>
            </li>
          </ul>
        </form>
      </div>
    </div>
  );
}

export interface ConfirmationStructureVue {
  structure: string;
  siret: string;
  commune: string;
  postes: string;
  dateDebut: string;
  email: string;
}

export function ConfirmationStructurePage({ vue }: { vue: ConfirmationStructureVue }) {
  return (
    <div class="fr-grid-row fr-grid-row--center">
      <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Candidature enregistrée</h1>
        <div class="fr-alert fr-alert--success fr-mb-4w">
          <p>
            La candidature de « {vue.structure} » est enregistrée. Un courriel de confirmation a été envoyé à{' '}
            {vue.email}.
          </p>
        </div>
        <h2>Récapitulatif</h2>
        <Fiche
          lignes={[
            ['Structure', vue.structure],
            ['SIRET', vue.siret],
            ['Commune', vue.commune],
            ['Postes demandés', vue.postes],
            ['Début de mission souhaité', vue.dateDebut],
          ]}
        />
        <h2>Et ensuite ?</h2>
        <ol>
          <li>La préfecture de votre département donne son avis.</li>
          <li>Le comité de sélection national statue et attribue les postes.</li>
          <li>Vous signez la convention de financement, puis recrutez vos conseillers.</li>
        </ol>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          <li>
            <a class="fr-btn" href="/structure/candidature">
              Suivre ma candidature
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
