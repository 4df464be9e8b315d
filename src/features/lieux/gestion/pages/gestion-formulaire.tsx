import type { ComponentChildren } from 'preact';
import { AdresseField, type AdresseProposee } from '../../../../ui/components/adresse-field.tsx';
import { type CommuneCandidate, CommuneField } from '../../../../ui/components/commune-field.tsx';
import { CsrfField, ErrorSummary, Fieldset, Input, Textarea } from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { TITRES } from '../../domain/standard/champs.ts';
import { typologieEnFrancais } from '../../recherche/presenter.ts';
import { type ChampCoche, type ChampTexte, type ValeursLieu, VOCABULAIRES } from '../formulaire.ts';
import { EditeurHoraires } from './editeur-horaires.tsx';

export interface FormulaireLieuProps {
  titre: string;
  action: string;
  csrfToken: string;
  valeurs: ValeursLieu;
  erreurs: Record<string, string>;
  candidats: CommuneCandidate[];
  /** Addresses proposed by the national address service after a submit (to choose one). */
  propositions?: AdresseProposee[];
  /** Shown under the title (e.g. "Dernière mise à jour…"). */
  intro?: string;
}

const TYPOLOGIES = ['MUNI', 'BIB', 'EPN', 'CS', 'CCAS', 'ASSO', 'TIERS_LIEUX', 'MQ', 'MJC', 'RFS'];

const LIBELLES: Record<string, string> = {
  nom: 'Nom du lieu',
  pivot: 'SIRET ou numéro RNA',
  adresse: 'Adresse',
  complement_adresse: 'Complément d’adresse',
  commune: 'Commune',
  code_postal: 'Code postal',
  latitude: 'Latitude',
  longitude: 'Longitude',
  telephone: 'Téléphone',
  courriels: 'Courriels',
  site_web: 'Site web',
  prise_rdv: 'Prise de rendez-vous en ligne',
  fiche_acces_libre: 'Fiche Acceslibre',
  presentation_resume: 'Présentation en une phrase',
  presentation_detail: 'Présentation détaillée',
  structure_parente: 'Structure parente',
  horaires_texte: 'Horaires',
  services: 'Services',
};

/** DSFR fieldsets lay out their children in a row unless each is an element of its own. */
function Element({ children }: { children: ComponentChildren }) {
  return <ElementSection>{children}</ElementSection>;
}

function Cases({
  champ,
  valeurs,
  options,
  erreur,
}: {
  champ: ChampCoche;
  valeurs: string[];
  options: readonly string[];
  erreur?: string | undefined;
}) {
  return (
    <Fieldset
      legend={champ === 'typologie' ? 'Type de lieu' : TITRES[champ]}
      error={erreur}
      id={`champ-${champ}`}
    >
      {options.map((o, i) => {
        const id = `champ-${champ}-${i}`;
        return (
          <ElementSection>
            <div class="fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" id={id} name={champ} value={o} checked={valeurs.includes(o)} />
              <label class="fr-label" for={id}>
                {champ === 'typologie' ? typologieEnFrancais(o) : o}
              </label>
            </div>
          </ElementSection>
        );
      })}
    </Fieldset>
  );
}

/** Create or edit a place (structure): every field of the standard, validated like an import. */
export function FormulaireLieuPage(p: FormulaireLieuProps) {
  const t = p.valeurs.textes;
  const e = p.erreurs;
  const champ = (nom: ChampTexte, extra: Partial<Parameters<typeof Input>[0]> = {}) => (
    <Element>
      <Input name={nom} label={LIBELLES[nom] ?? nom} value={t[nom]} error={e[nom]} {...extra} />
    </Element>
  );
  return (
    <>
      <h1>{p.titre}</h1>
      {p.intro ? <p>{p.intro}</p> : null}
      <p class="fr-text--sm">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <form method="post" action={p.action} novalidate>
        <CsrfField token={p.csrfToken} />
        <ErrorSummary errors={e} labels={LIBELLES} />
        <Fieldset legend="Le lieu">
          {champ('nom', { required: true, label: 'Nom du lieu *', maxLength: 200 })}
          {champ('pivot', {
            required: true,
            label: 'SIRET ou numéro RNA *',
            hint: '14 chiffres (SIRET) ou W suivi de 9 caractères (RNA)',
            inputMode: 'numeric',
          })}
          {champ('structure_parente', { label: 'Structure parente (facultatif)' })}
        </Fieldset>
        <Fieldset legend="Adresse">
          <Element>
            <AdresseField
              name="adresse"
              label="Adresse *"
              value={t.adresse}
              error={e.adresse}
              required
              propositions={p.propositions}
              choixCentre
              champs={{
                commune: 'commune',
                codeInsee: 'code_insee',
                codePostal: 'code_postal',
                latitude: 'latitude',
                longitude: 'longitude',
                precision: 'position_precision',
              }}
            />
          </Element>
          {champ('complement_adresse', { label: 'Complément d’adresse (facultatif)' })}
          <Element>
            <CommuneField
              name="commune"
              codeName="code_insee"
              label="Commune *"
              value={t.commune}
              code={t.code_insee}
              error={e.commune}
              required
              candidates={p.candidats}
            />
          </Element>
          {champ('code_postal', {
            label: 'Code postal',
            hint: 'Rempli d’après la commune quand elle n’en a qu’un',
            inputMode: 'numeric',
            maxLength: 5,
          })}
          <p class="fr-fieldset__element fr-text--sm fr-mb-1w">
            Position GPS (facultative) : laissez-la vide, elle est calculée d’après l’adresse par la Base
            Adresse Nationale à l’enregistrement (à défaut, le centre de la commune, approximatif). Elle place
            le lieu dans la recherche par distance et sur la carte.
          </p>
          <input
            type="hidden"
            name="position_precision"
            id="champ-position_precision"
            value={p.valeurs.position.precision}
          />
          {champ('latitude', { label: 'Latitude', hint: 'Par exemple 49.5641' })}
          {champ('longitude', { label: 'Longitude', hint: 'Par exemple 3.6199' })}
        </Fieldset>
        <Fieldset legend="Contact">
          {champ('telephone', {
            label: 'Téléphone',
            type: 'tel',
            autocomplete: 'tel',
            hint: 'Par exemple 03 23 22 30 30',
          })}
          {champ('courriels', { label: 'Courriels', hint: 'Séparés par des virgules' })}
          {champ('site_web', { label: 'Site web', hint: 'Adresse complète, https://…' })}
          {champ('prise_rdv', {
            label: 'Prise de rendez-vous en ligne',
            hint: 'Adresse complète, https://…',
          })}
          {champ('fiche_acces_libre', {
            label: 'Fiche d’accessibilité Acceslibre',
            hint: 'Adresse complète, https://acceslibre.beta.gouv.fr/…',
          })}
        </Fieldset>
        <Fieldset legend="Présentation">
          <Element>
            <Textarea
              name="presentation_resume"
              label="Présentation en une phrase"
              hint="280 caractères au plus"
              value={t.presentation_resume}
              error={e.presentation_resume}
              maxLength={280}
              rows={2}
            />
          </Element>
          <Element>
            <Textarea
              name="presentation_detail"
              label="Présentation détaillée"
              value={t.presentation_detail}
              error={e.presentation_detail}
              rows={4}
            />
          </Element>
        </Fieldset>
        <EditeurHoraires valeurs={p.valeurs} erreurs={e} />
        <Cases
          champ="services"
          valeurs={p.valeurs.listes.services}
          options={VOCABULAIRES.services}
          erreur={e.services}
        />
        <Cases
          champ="publics_specifiquement_adresses"
          valeurs={p.valeurs.listes.publics_specifiquement_adresses}
          options={VOCABULAIRES.publics_specifiquement_adresses}
          erreur={e.publics_specifiquement_adresses}
        />
        <Cases
          champ="prise_en_charge_specifique"
          valeurs={p.valeurs.listes.prise_en_charge_specifique}
          options={VOCABULAIRES.prise_en_charge_specifique}
          erreur={e.prise_en_charge_specifique}
        />
        <Cases
          champ="frais_a_charge"
          valeurs={p.valeurs.listes.frais_a_charge}
          options={VOCABULAIRES.frais_a_charge}
          erreur={e.frais_a_charge}
        />
        <Cases
          champ="modalites_acces"
          valeurs={p.valeurs.listes.modalites_acces}
          options={VOCABULAIRES.modalites_acces}
          erreur={e.modalites_acces}
        />
        <Cases
          champ="modalites_accompagnement"
          valeurs={p.valeurs.listes.modalites_accompagnement}
          options={VOCABULAIRES.modalites_accompagnement}
          erreur={e.modalites_accompagnement}
        />
        <Cases
          champ="dispositif_programmes_nationaux"
          valeurs={p.valeurs.listes.dispositif_programmes_nationaux}
          options={VOCABULAIRES.dispositif_programmes_nationaux}
          erreur={e.dispositif_programmes_nationaux}
        />
        <Cases
          champ="formations_labels"
          valeurs={p.valeurs.listes.formations_labels}
          options={VOCABULAIRES.formations_labels}
          erreur={e.formations_labels}
        />
        <Cases champ="typologie" valeurs={p.valeurs.listes.typologie} options={TYPOLOGIES} />
        <Fieldset legend="Itinérance">
          {(['Fixe', 'Itinérant'] as const).map((v) => (
            <ElementSection inline>
              <div class="fr-radio-group">
                <input
                  type="radio"
                  id={`champ-itinerance-${v}`}
                  name="itinerance"
                  value={v}
                  checked={t.itinerance === v}
                />
                <label class="fr-label" for={`champ-itinerance-${v}`}>
                  {v === 'Fixe' ? 'Lieu fixe' : 'Itinérant (bus, permanences)'}
                </label>
              </div>
            </ElementSection>
          ))}
        </Fieldset>
        <ul class="fr-btns-group fr-btns-group--inline">
          <li>
            <button type="submit" class="fr-btn">
              Enregistrer
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href="/structure/lieux">
              Annuler
            </a>
          </li>
        </ul>
      </form>
    </>
  );
}
