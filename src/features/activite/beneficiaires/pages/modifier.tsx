import { type CommuneCandidate, CommuneField } from '../../../../ui/components/commune-field.tsx';
import {
  CsrfField,
  ErrorSummary,
  Fieldset,
  Input,
  Select,
  Textarea,
} from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { NOTES_MAX } from '../../domain/saisie.ts';
import { GENRES, type Option, STATUTS_SOCIAUX, TRANCHES_AGE } from '../../domain/vocabulaire.ts';
import { LIBELLES_CHAMPS, NOM_MAX, TELEPHONE_MAX, type ValeursBeneficiaire } from '../formulaire.ts';

export interface ModifierBeneficiaireProps {
  id: string;
  nom: string;
  valeurs: ValeursBeneficiaire;
  erreurs: Record<string, string>;
  candidats: CommuneCandidate[];
  csrfToken: string;
}

const options = (liste: readonly Option[]) => liste.map((o) => ({ value: o.code, label: o.libelle }));

/** The edit form of a beneficiary (works without JavaScript; the commune field is resolved by the server). */
export function ModifierBeneficiairePage(p: ModifierBeneficiaireProps) {
  const v = p.valeurs;
  const e = p.erreurs;
  return (
    <>
      <h1>Modifier {p.nom}</h1>
      <p class="fr-text--sm">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <form method="post" action={`/activite/beneficiaires/${p.id}/modifier`} novalidate>
        <CsrfField token={p.csrfToken} />
        <ErrorSummary errors={e} labels={LIBELLES_CHAMPS} />
        <Fieldset legend="Identité et contact">
          <ElementSection>
            <Input
              name="prenom"
              label="Prénom *"
              value={v.prenom}
              error={e.prenom}
              required
              maxLength={NOM_MAX}
              autocomplete="off"
            />
          </ElementSection>
          <ElementSection>
            <Input
              name="nom"
              label="Nom *"
              value={v.nom}
              error={e.nom}
              required
              maxLength={NOM_MAX}
              autocomplete="off"
            />
          </ElementSection>
          <ElementSection>
            <Input
              name="telephone"
              label="Téléphone (facultatif)"
              type="tel"
              inputMode="tel"
              value={v.telephone}
              error={e.telephone}
              maxLength={TELEPHONE_MAX}
              autocomplete="off"
            />
          </ElementSection>
          <ElementSection>
            <Input
              name="courriel"
              label="Adresse électronique (facultatif)"
              hint="Par exemple nom@exemple.fr"
              type="email"
              inputMode="email"
              value={v.courriel}
              error={e.courriel}
              autocomplete="off"
              spellcheck={false}
            />
          </ElementSection>
          <ElementSection>
            <Input
              name="anneeNaissance"
              label="Année de naissance (facultatif)"
              hint="Quatre chiffres, par exemple 1958"
              inputMode="numeric"
              value={v.anneeNaissance}
              error={e.anneeNaissance}
              maxLength={4}
            />
          </ElementSection>
        </Fieldset>
        <Fieldset legend="Profil statistique">
          <ElementSection>
            <Select name="genre" label="Genre" options={options(GENRES)} value={v.genre} error={e.genre} />
          </ElementSection>
          <ElementSection>
            <Select
              name="trancheAge"
              label="Tranche d’âge"
              options={options(TRANCHES_AGE)}
              value={v.trancheAge}
              error={e.trancheAge}
            />
          </ElementSection>
          <ElementSection>
            <Select
              name="statutSocial"
              label="Statut"
              options={options(STATUTS_SOCIAUX)}
              value={v.statutSocial}
              error={e.statutSocial}
            />
          </ElementSection>
          <ElementSection>
            <CommuneField
              name="commune"
              codeName="communeCode"
              label="Commune de résidence (facultatif)"
              value={v.commune}
              code={v.communeCode}
              error={e.commune}
              candidates={p.candidats}
            />
          </ElementSection>
        </Fieldset>
        <Fieldset legend="Notes">
          <ElementSection>
            <Textarea
              name="notes"
              label="Notes (facultatif)"
              hint={`${NOTES_MAX} caractères au plus`}
              value={v.notes}
              error={e.notes}
              maxLength={NOTES_MAX}
            />
          </ElementSection>
        </Fieldset>
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" class="fr-btn">
              Enregistrer
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={`/activite/beneficiaires/${p.id}`}>
              Annuler
            </a>
          </li>
        </ul>
      </form>
    </>
  );
}
