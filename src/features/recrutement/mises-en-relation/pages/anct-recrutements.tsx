import { de } from '../../../../platform/valeurs/typographie.ts';
import { Badge } from '../../../../ui/components/badge.tsx';
import { BoutonAction } from '../../../../ui/components/bouton-action.tsx';
import { ChampId } from '../../../../ui/components/champ-id.tsx';
import { CsrfField, Select } from '../../../../ui/components/form.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { StatutVue } from '../../presenters/statuts.ts';
import { FormulaireFormation } from './structure-conseillers.tsx';

export interface RecrutementVue {
  id: string;
  conseiller: string;
  structure: string;
  departement: string;
  statut: StatutVue;
  contrat: string;
  formation: string;
  formationValeurs?:
    | { organisme: string; dateDebut: string; dateFin: string; certification: string }
    | undefined;
  saisiLe: string;
}

/** One verdict that needs a reason (refuse, send back), folded under its own summary. */
function VerdictMotive(props: { csrf: string; id: string; conseiller: string; action: 'refus' | 'renvoi' }) {
  const refus = props.action === 'refus';
  return (
    <details class="fr-mt-1w">
      <summary>
        {refus ? 'Refuser' : 'Renvoyer à la structure'}
        <span class="fr-sr-only"> le recrutement {de(props.conseiller)}</span>
      </summary>
      <form method="post" action={`/anct/recrutements/${props.id}/${props.action}`}>
        <CsrfField token={props.csrf} />
        <ChampId
          id={`motif-${props.action}-${props.id}`}
          name="motif"
          label={refus ? 'Motif du refus' : 'Ce que la structure doit corriger'}
          hint="10 à 1 000 caractères, lus par la structure."
          maxLength={1000}
        />
        <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
          {refus ? 'Confirmer le refus' : 'Renvoyer'}
        </button>
      </form>
    </details>
  );
}

/** Recruitments confirmed by their candidate, waiting for ANCT's decision. */
export function RecrutementsAnctPage(props: {
  csrf: string;
  recrutements: RecrutementVue[];
  erreur?: string | undefined;
}) {
  return (
    <>
      <h1>Recrutements à valider</h1>
      <p>
        Chaque recrutement saisi par une structure et confirmé par le candidat attend votre décision : le
        valider, le refuser (le poste se libère) ou le renvoyer à la structure pour qu’elle corrige le
        contrat.
      </p>
      {props.erreur ? (
        <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
          <p>{props.erreur}</p>
        </div>
      ) : null}
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <a class="fr-btn fr-btn--secondary" href="/anct/formations">
            Formation des conseillers
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary" href="/anct/appariement">
            Appariement des candidats
          </a>
        </li>
      </ul>
      {props.recrutements.length === 0 ? (
        <p>Aucun recrutement n’attend de validation.</p>
      ) : (
        <Tableau
          titre={`Recrutements saisis par les structures (${props.recrutements.length})`}
          class="fr-table--multiline"
          colonnes={['Conseiller', 'Structure', 'Contrat', 'Saisi le', 'Action']}
          lignes={props.recrutements}
          ligne={(r) => (
            <tr>
              <th scope="row">{r.conseiller}</th>
              <td>
                {r.structure} ({r.departement})
              </td>
              <td>{r.contrat}</td>
              <td>{r.saisiLe}</td>
              <td>
                <BoutonAction
                  action={`/anct/recrutements/${r.id}/validation`}
                  csrf={props.csrf}
                  libelle="Valider"
                  precision={`le recrutement ${de(r.conseiller)}`}
                />
                <VerdictMotive csrf={props.csrf} id={r.id} conseiller={r.conseiller} action="refus" />
                <VerdictMotive csrf={props.csrf} id={r.id} conseiller={r.conseiller} action="renvoi" />
              </td>
            </tr>
          )}
        />
      )}
    </>
  );
}

/** Recruited advisers' certifying training, nationally. */
export function FormationsAnctPage(props: {
  csrf: string;
  filtres: { certification?: string | undefined; departement?: string | undefined };
  departements: { code: string; nom: string }[];
  conseillers: RecrutementVue[];
  total: number;
  page: number;
  pages: number;
  href: (n: number) => string;
}) {
  return (
    <>
      <h1>Formation des conseillers</h1>
      <form method="get" action="/anct/formations" class="fr-mb-3w">
        <fieldset class="fr-fieldset" aria-labelledby="legende-filtres-formations">
          <legend class="fr-fieldset__legend" id="legende-filtres-formations">
            Filtrer
          </legend>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="certification"
              label="Certification"
              options={[
                { value: 'aucune', label: 'Formation non renseignée' },
                { value: 'en_cours', label: 'En cours' },
                { value: 'certifie', label: 'Certifié' },
                { value: 'non_certifie', label: 'Non certifié' },
              ]}
              value={props.filtres.certification}
              placeholder="Toutes"
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="departement"
              label="Département"
              options={props.departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))}
              value={props.filtres.departement}
              placeholder="Tous"
            />
          </div>
          <div class="fr-fieldset__element">
            <button type="submit" class="fr-btn">
              Filtrer
            </button>
          </div>
        </fieldset>
      </form>
      <Tableau
        titre={`${props.total} conseiller(s) recruté(s) — page ${props.page} sur ${props.pages}`}
        class="fr-table--multiline"
        colonnes={['Conseiller', 'Structure', 'État', 'Formation']}
        lignes={props.conseillers}
        ligne={(c) => (
          <tr>
            <th scope="row">{c.conseiller}</th>
            <td>
              {c.structure} ({c.departement})
            </td>
            <td>
              <Badge ton={c.statut.ton}>{c.statut.libelle}</Badge>
            </td>
            <td>
              {c.formation}
              <details class="fr-mt-1w">
                <summary>
                  Renseigner la formation<span class="fr-sr-only"> {de(c.conseiller)}</span>
                </summary>
                <FormulaireFormation
                  action={`/anct/formations/${c.id}`}
                  csrf={props.csrf}
                  id={c.id}
                  nom={c.conseiller}
                  valeurs={c.formationValeurs}
                />
              </details>
            </td>
          </tr>
        )}
      />
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}

export interface BilanVue {
  structures: string;
  candidats: string;
  propositions: string;
  creees: string;
  duree: string;
}

/** Matching on demand (it also runs nightly and when a structure is validated). */
export function AppariementPage(props: {
  csrf: string;
  structuresOuvertes: string;
  candidatsDisponibles: string;
}) {
  return (
    <>
      <h1>Appariement des candidats</h1>
      <p>
        L’appariement propose à chaque structure validée qui a des postes ouverts les candidats disponibles
        dans leur propre rayon de mobilité, disponibles à la date de début de mission et non recrutés ailleurs
        ; les territoires d’outre-mer sont appariés entre eux. Il tourne chaque nuit ; vous pouvez le lancer
        maintenant.
      </p>
      <p>
        Structures avec des postes ouverts : <strong>{props.structuresOuvertes}</strong>. Candidats
        disponibles : <strong>{props.candidatsDisponibles}</strong>.
      </p>
      <BoutonAction action="/anct/appariement" csrf={props.csrf} libelle="Lancer l’appariement maintenant" />
    </>
  );
}
