import type { ComponentChildren } from 'preact';
import type { CommuneCandidate } from '../../../../ui/components/commune-field.tsx';
import { CsrfField, ErrorSummary, Fieldset } from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { LIBELLES_INDIVIDUEL } from '../formulaire-individuel.ts';
import {
  ChampAutonomie,
  ChampMateriel,
  ChampsLieu,
  type ChampsProps,
  ChampsQuand,
  ChampsSuite,
  ChampsThematiques,
  type LieuPropose,
} from './champs-activite.tsx';
import { ChampsBeneficiaire, FORMULAIRE_RECHERCHE, type PersonneProposee } from './champs-beneficiaire.tsx';

export interface FormulaireIndividuelProps extends ChampsProps {
  csrfToken: string;
  /** The form's key against double submits. */
  jeton: string;
  lieux: LieuPropose[];
  personnes: PersonneProposee[];
  recherche: string;
  candidats: Record<string, CommuneCandidate[]>;
  /** Shown under the title (e.g. "repeated from the activity of…"). */
  intro?: string | undefined;
  /** Extra fieldsets inserted before the notes (e.g. a pass numérique). */
  complements?: ComponentChildren;
}

/** The individual accompaniment form: each fieldset is its own component, so others can be inserted. */
export function FormulaireIndividuelPage(p: FormulaireIndividuelProps) {
  const { f, e } = p;
  const sansErreur = Object.keys(e).length === 0;
  return (
    <>
      <h1>Enregistrer un accompagnement individuel</h1>
      {p.intro ? <p>{p.intro}</p> : null}
      <p class="fr-text--sm">
        Tous les champs sont facultatifs sauf la date, la durée, le lieu, la personne et une thématique.{' '}
        <a href="/activite/collective/nouvelle">Enregistrer plutôt un atelier collectif</a>
      </p>
      <form method="post" action="/activite/nouvelle" novalidate>
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="jeton" value={p.jeton} />
        <ErrorSummary errors={e} labels={LIBELLES_INDIVIDUEL} />
        <ChampsQuand f={f} e={e} autofocus={sansErreur} />
        <ChampsLieu f={f} e={e} lieux={p.lieux} candidats={p.candidats.commune} />
        <ChampsBeneficiaire
          f={f}
          e={e}
          recherche={p.recherche}
          personnes={p.personnes}
          candidats={p.candidats.communeBeneficiaire}
        />
        <ChampsThematiques f={f} e={e} />
        <Fieldset legend="Déroulement">
          <ElementSection>
            <ChampMateriel f={f} e={e} />
          </ElementSection>
          <ElementSection>
            <ChampAutonomie f={f} e={e} />
          </ElementSection>
        </Fieldset>
        {p.complements}
        <ChampsSuite f={f} e={e} />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" class="fr-btn">
              Enregistrer l’accompagnement
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href="/activite">
              Annuler
            </a>
          </li>
        </ul>
      </form>
      <form id={FORMULAIRE_RECHERCHE} method="get" action="/activite/nouvelle" />
    </>
  );
}
