import { Badge } from '../../../../ui/components/badge.tsx';
import { BoutonAction } from '../../../../ui/components/bouton-action.tsx';
import { ChampId } from '../../../../ui/components/champ-id.tsx';
import { CsrfField, Select } from '../../../../ui/components/form.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import { STATUT_CONVENTION_LABELS, STATUTS_CONVENTION } from '../../domain/types.ts';
import type { StatutVue } from '../../presenters/statuts.ts';

export interface ConventionNationaleVue {
  id: string;
  numero: string;
  structure: string;
  candidatureId: string;
  departement: string;
  statut: StatutVue;
  postes: string;
  montant: string;
  duree: string;
  signeeDeposee: boolean;
  signeeLe: string | null;
  aSigner: boolean;
  aVerifier: boolean;
  resiliable: boolean;
}

/** Every convention: committed amounts, signature validation, termination. */
export function ConventionsAnctPage(props: {
  csrf: string;
  filtres: { statut?: string | undefined; departement?: string | undefined };
  departements: { code: string; nom: string }[];
  conventions: ConventionNationaleVue[];
  total: number;
  montant: string;
  page: number;
  pages: number;
  href: (n: number) => string;
}) {
  return (
    <>
      <h1>Conventions de financement</h1>
      <p>
        <a href="/anct/conventions?statut=SIGNATURE_A_VERIFIER">Signatures à vérifier</a> : la structure a
        déposé la version signée, validez-la ou renvoyez-la avec un motif. Seule une signature validée compte
        comme conventionnée.
      </p>
      <form method="get" action="/anct/conventions" class="fr-mb-3w">
        <fieldset class="fr-fieldset" aria-labelledby="legende-filtres-conventions">
          <legend class="fr-fieldset__legend" id="legende-filtres-conventions">
            Filtrer
          </legend>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="statut"
              label="Statut"
              options={STATUTS_CONVENTION.map((s) => ({ value: s, label: STATUT_CONVENTION_LABELS[s] }))}
              value={props.filtres.statut}
              placeholder="Tous"
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
      <p>
        {props.total} convention(s), pour un montant total de <strong>{props.montant}</strong>.
      </p>
      <Tableau
        titre={`Conventions — page ${props.page} sur ${props.pages}`}
        class="fr-table--multiline"
        colonnes={['Numéro', 'Structure', 'Postes', 'Montant', 'Statut', 'Actions']}
        lignes={props.conventions}
        ligne={(c) => (
          <tr>
            <th scope="row">
              <a href={`/recrutement/conventions/${c.id}/pdf`}>{c.numero}</a>
              <br />
              <span class="fr-text--xs">{c.duree}</span>
            </th>
            <td>
              <a href={`/recrutement/candidatures/${c.candidatureId}`}>{c.structure}</a> ({c.departement})
            </td>
            <td>{c.postes}</td>
            <td>{c.montant}</td>
            <td>
              <Badge ton={c.statut.ton}>{c.statut.libelle}</Badge>
              {c.signeeDeposee ? (
                <>
                  <br />
                  <a class="fr-text--xs" href={`/recrutement/conventions/${c.id}/pdf?version=signee`}>
                    Version signée<span class="fr-sr-only"> de {c.numero}</span>
                  </a>
                </>
              ) : null}
            </td>
            <td>
              {c.aVerifier ? (
                <a class="fr-btn fr-btn--sm" href={`/anct/conventions/${c.id}`}>
                  Vérifier la signature<span class="fr-sr-only"> de la convention {c.numero}</span>
                </a>
              ) : null}
              {c.aSigner ? (
                <BoutonAction
                  action={`/anct/conventions/${c.id}/signature`}
                  csrf={props.csrf}
                  libelle="Enregistrer la signature reçue sur papier"
                  secondaire
                  precision={`de la convention ${c.numero}`}
                />
              ) : null}
              {c.resiliable ? (
                <details class="fr-mt-1w">
                  <summary>
                    Résilier<span class="fr-sr-only"> la convention {c.numero}</span>
                  </summary>
                  <form method="post" action={`/anct/conventions/${c.id}/resiliation`}>
                    <CsrfField token={props.csrf} />
                    <ChampId
                      id={`motif-${c.id}`}
                      name="motif"
                      label="Motif de la résiliation"
                      maxLength={1000}
                    />
                    <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                      Confirmer la résiliation
                    </button>
                  </form>
                </details>
              ) : null}
            </td>
          </tr>
        )}
      />
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}
