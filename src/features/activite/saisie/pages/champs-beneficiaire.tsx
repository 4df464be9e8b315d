import { Radios } from '../../../../ui/components/choix.tsx';
import { type CommuneCandidate, CommuneField } from '../../../../ui/components/commune-field.tsx';
import { Checkbox, Fieldset, fieldId, Input, Select } from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { GENRES, type Option, STATUTS_SOCIAUX, TRANCHES_AGE } from '../../domain/vocabulaire.ts';
import type { ChampsProps } from './champs-activite.tsx';

/** A followed person offered in the picker (the search's matches). */
export interface PersonneProposee {
  id: string;
  libelle: string;
}

/** The id of the GET form the search field belongs to (placed after the main form: forms do not nest). */
export const FORMULAIRE_RECHERCHE = 'recherche-beneficiaire';

const opts = (l: readonly Option[]) => l.map((o) => ({ value: o.code, label: o.libelle }));

/** The statistical profile (optional): gender, age bracket, status, commune. */
export function ChampsProfil({
  f,
  e,
  candidats,
}: ChampsProps & { candidats: CommuneCandidate[] | undefined }) {
  return (
    <Fieldset legend="Profil de la personne (facultatif, pour les statistiques)">
      <ElementSection>
        <Radios name="genre" legend="Genre" inline value={f.v.genre} error={e.genre} options={opts(GENRES)} />
      </ElementSection>
      <ElementSection>
        <Select
          name="trancheAge"
          label="Tranche d’âge"
          placeholder="Non communiquée"
          value={f.v.trancheAge}
          error={e.trancheAge}
          options={opts(TRANCHES_AGE).filter((o) => o.value !== 'non_communique')}
        />
      </ElementSection>
      <ElementSection>
        <Select
          name="statutSocial"
          label="Statut"
          placeholder="Non communiqué"
          value={f.v.statutSocial}
          error={e.statutSocial}
          options={opts(STATUTS_SOCIAUX).filter((o) => o.value !== 'non_communique')}
        />
      </ElementSection>
      <ElementSection>
        <CommuneField
          name="communeBeneficiaire"
          codeName="communeBeneficiaire_code"
          label="Commune de résidence"
          value={f.v.communeBeneficiaire}
          code={f.v.communeBeneficiaire_code}
          error={e.communeBeneficiaire}
          candidates={candidats}
        />
      </ElementSection>
    </Fieldset>
  );
}

/** A new named person: name, optional contact, and their agreement after reading the notice. */
export function ChampsNouvellePersonne({ f, e }: ChampsProps) {
  return (
    <Fieldset legend="Nouvelle personne suivie">
      <ElementSection>
        <Input
          name="prenom"
          label="Prénom"
          value={f.v.prenom}
          error={e.prenom}
          autocomplete="off"
          maxLength={100}
        />
      </ElementSection>
      <ElementSection>
        <Input name="nom" label="Nom" value={f.v.nom} error={e.nom} autocomplete="off" maxLength={100} />
      </ElementSection>
      <ElementSection>
        <Input
          name="telephone"
          type="tel"
          label="Téléphone (facultatif)"
          value={f.v.telephone}
          error={e.telephone}
          autocomplete="off"
          inputMode="tel"
          maxLength={20}
        />
      </ElementSection>
      <ElementSection>
        <Input
          name="courriel"
          type="email"
          label="Adresse électronique (facultatif)"
          value={f.v.courriel}
          error={e.courriel}
          autocomplete="off"
          maxLength={200}
        />
      </ElementSection>
      <ElementSection>
        <Input
          name="anneeNaissance"
          label="Année de naissance (facultatif)"
          hint="Par exemple 1958"
          value={f.v.anneeNaissance}
          error={e.anneeNaissance}
          inputMode="numeric"
          maxLength={4}
        />
      </ElementSection>
      <ElementSection>
        <div id={fieldId('consentement')}>
          <Checkbox
            name="consentement"
            value="oui"
            checked={f.v.consentement === 'oui'}
            label="La personne a reçu la notice d’information et accepte que ses nom et coordonnées soient conservés"
            error={e.consentement}
          />
          <p class="fr-text--sm fr-mt-1w">
            <a
              href="/activite/notice"
              target="_blank"
              rel="noopener"
              title="Notice d’information — nouvelle fenêtre"
            >
              Lire la notice d’information
            </a>
          </p>
        </div>
      </ElementSection>
    </Fieldset>
  );
}

/**
 * A person already followed: the search field belongs to the GET form after the main one, so that it
 * works without JavaScript (`?beneficiaire=texte`); its matches are radio buttons of the main form.
 */
export function ChampsPersonneSuivie({
  f,
  e,
  recherche,
  personnes,
  nom = 'beneficiaireId',
  multiple = false,
}: ChampsProps & { recherche: string; personnes: PersonneProposee[]; nom?: string; multiple?: boolean }) {
  const choisis = multiple ? (f.listes[nom] ?? []) : [f.v[nom] ?? ''];
  return (
    <Fieldset legend={multiple ? 'Personnes déjà suivies' : 'Personne déjà suivie'}>
      <ElementSection>
        <div class="fr-search-bar" role="search">
          <label class="fr-label" for="champ-beneficiaire">
            Rechercher par prénom ou nom
          </label>
          <input
            class="fr-input"
            id="champ-beneficiaire"
            name="beneficiaire"
            type="search"
            form={FORMULAIRE_RECHERCHE}
            value={recherche}
            autoComplete="off"
            maxLength={100}
          />
          <button type="submit" class="fr-btn" form={FORMULAIRE_RECHERCHE} title="Rechercher la personne">
            Rechercher
          </button>
        </div>
      </ElementSection>
      <ElementSection>
        {personnes.length === 0 ? (
          <p class="fr-text--sm" id={fieldId(nom)}>
            {recherche
              ? 'Aucune personne suivie ne correspond à cette recherche.'
              : 'Recherchez une personne pour la choisir.'}
            {e[nom] ? <span class="fr-error-text">{e[nom]}</span> : null}
          </p>
        ) : (
          <fieldset class={`fr-fieldset${e[nom] ? ' fr-fieldset--error' : ''}`} id={fieldId(nom)}>
            <legend class="fr-fieldset__legend fr-fieldset__legend--regular">
              {multiple ? 'Cochez les personnes présentes' : 'Choisissez la personne'}
            </legend>
            {personnes.map((p) => {
              const id = `${fieldId(nom)}-${p.id}`;
              return (
                <div class="fr-fieldset__element">
                  <div class={multiple ? 'fr-checkbox-group' : 'fr-radio-group'}>
                    <input
                      type={multiple ? 'checkbox' : 'radio'}
                      id={id}
                      name={nom}
                      value={p.id}
                      checked={choisis.includes(p.id)}
                    />
                    <label class="fr-label" for={id}>
                      {p.libelle}
                    </label>
                  </div>
                </div>
              );
            })}
            {e[nom] ? (
              <div class="fr-messages-group">
                <p class="fr-message fr-message--error">{e[nom]}</p>
              </div>
            ) : null}
          </fieldset>
        )}
      </ElementSection>
    </Fieldset>
  );
}

/** Who was helped: the three ways, then each way's fields. */
export function ChampsBeneficiaire(
  p: ChampsProps & {
    recherche: string;
    personnes: PersonneProposee[];
    candidats: CommuneCandidate[] | undefined;
  },
) {
  return (
    <>
      <Fieldset legend="Personne accompagnée">
        <ElementSection>
          <Radios
            name="qui"
            legend="Qui avez-vous accompagné ?"
            value={p.f.v.qui}
            error={p.e.qui}
            required
            options={[
              { value: 'anonyme', label: 'Une personne anonyme' },
              { value: 'nouveau', label: 'Une nouvelle personne, à suivre (avec son accord)' },
              { value: 'existant', label: 'Une personne déjà suivie' },
            ]}
          />
        </ElementSection>
      </Fieldset>
      <ChampsProfil f={p.f} e={p.e} candidats={p.candidats} />
      <ChampsNouvellePersonne f={p.f} e={p.e} />
      <ChampsPersonneSuivie f={p.f} e={p.e} recherche={p.recherche} personnes={p.personnes} />
    </>
  );
}
