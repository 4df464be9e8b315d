import { Radios } from '../../../../ui/components/choix.tsx';
import type { CommuneCandidate } from '../../../../ui/components/commune-field.tsx';
import { CsrfField, ErrorSummary, Fieldset, fieldId, Input } from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { TITRE_MAX } from '../../domain/saisie.ts';
import { NIVEAUX, PARTICIPANTS_MAX } from '../../domain/vocabulaire.ts';
import { DIMENSIONS, LIBELLES_COLLECTIF } from '../formulaire-collectif.ts';
import {
  ChampMateriel,
  ChampsLieu,
  type ChampsProps,
  ChampsQuand,
  ChampsSuite,
  ChampsThematiques,
  type LieuPropose,
} from './champs-activite.tsx';
import { ChampsPersonneSuivie, FORMULAIRE_RECHERCHE, type PersonneProposee } from './champs-beneficiaire.tsx';

export interface FormulaireCollectifProps extends ChampsProps {
  csrfToken: string;
  /** The form's key against double submits. */
  jeton: string;
  lieux: LieuPropose[];
  personnes: PersonneProposee[];
  recherche: string;
  candidats: Record<string, CommuneCandidate[]>;
  intro?: string | undefined;
}

/** Anonymous participants as counts, by gender, age bracket and status. */
function ChampsComptes({ f, e }: ChampsProps) {
  return (
    <Fieldset legend="Participants anonymes (nombre de personnes)">
      <ElementSection>
        <p class="fr-text--sm fr-mb-0">
          Remplissez une ou plusieurs répartitions. Le nombre de personnes anonymes est le plus grand des
          trois totaux ; une répartition incomplète est complétée par « Non communiqué ».
        </p>
      </ElementSection>
      {DIMENSIONS.map((d) => (
        <ElementSection>
          <fieldset class="fr-fieldset" id={fieldId(d.cle)}>
            <legend class="fr-fieldset__legend fr-fieldset__legend--regular">{d.legende}</legend>
            {d.liste.map((o) => (
              <div class="fr-fieldset__element fr-fieldset__element--inline">
                <Input
                  name={`${d.prefixe}${o.code}`}
                  type="number"
                  label={o.libelle}
                  value={f.v[`${d.prefixe}${o.code}`]}
                  error={e[`${d.prefixe}${o.code}`]}
                  inputMode="numeric"
                  extra={{ min: '0', max: String(PARTICIPANTS_MAX) }}
                />
              </div>
            ))}
          </fieldset>
        </ElementSection>
      ))}
    </Fieldset>
  );
}

/** A collective activity recorded afterwards (not a planned workshop): named people and counts. */
export function FormulaireCollectifPage(p: FormulaireCollectifProps) {
  const { f, e } = p;
  return (
    <>
      <h1>Enregistrer un atelier collectif</h1>
      {p.intro ? <p>{p.intro}</p> : null}
      <p class="fr-text--sm">
        Au plus {PARTICIPANTS_MAX} participants. Un accompagnement est compté pour chaque participant.
      </p>
      <form method="post" action="/activite/collective/nouvelle" novalidate>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="jeton" value={p.jeton} />
        <ErrorSummary errors={e} labels={LIBELLES_COLLECTIF} />
        <Fieldset legend="L’atelier">
          <ElementSection>
            <Input
              name="titre"
              label="Titre"
              value={f.v.titre}
              error={e.titre}
              required
              maxLength={TITRE_MAX}
              extra={Object.keys(e).length === 0 ? { autofocus: '' } : {}}
            />
          </ElementSection>
          <ElementSection>
            <Radios
              name="niveau"
              legend="Niveau (facultatif)"
              inline
              value={f.v.niveau}
              error={e.niveau}
              options={NIVEAUX.map((n) => ({ value: n.code, label: n.libelle }))}
            />
          </ElementSection>
        </Fieldset>
        <ChampsQuand f={f} e={e} />
        <ChampsLieu f={f} e={e} lieux={p.lieux} candidats={p.candidats.commune} />
        <ChampsThematiques f={f} e={e} />
        <Fieldset legend="Matériel">
          <ElementSection>
            <ChampMateriel f={f} e={e} />
          </ElementSection>
        </Fieldset>
        <div id={fieldId('participants')}>
          {e.participants ? (
            <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w">
              <p>{e.participants}</p>
            </div>
          ) : null}
          <ChampsPersonneSuivie
            f={f}
            e={e}
            recherche={p.recherche}
            personnes={p.personnes}
            nom="beneficiaireIds"
            multiple
          />
          <ChampsComptes f={f} e={e} />
        </div>
        <ChampsSuite f={f} e={e} />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" class="fr-btn">
              Enregistrer l’atelier
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href="/activite">
              Annuler
            </a>
          </li>
        </ul>
      </form>
      <form id={FORMULAIRE_RECHERCHE} method="get" action="/activite/collective/nouvelle" />
    </>
  );
}
