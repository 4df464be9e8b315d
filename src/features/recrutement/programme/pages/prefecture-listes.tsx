import { Badge } from '../../../../ui/components/badge.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { StatutVue } from '../../presenters/statuts.ts';

export interface ConseillerDepartementVue {
  nom: string;
  structure: string;
  statut: StatutVue;
  contrat: string;
  periode: string;
  formation: string;
  certification: string;
}

/** The advisers recruited in the préfecture's département: structure, contract and training. */
export function ConseillersDepartementPage(props: {
  departement: string;
  conseillers: ConseillerDepartementVue[];
  total: number;
  page: number;
  pages: number;
  href: (n: number) => string;
}) {
  return (
    <>
      <h1>Conseillers numériques — {props.departement}</h1>
      <p>
        Les conseillers recrutés par les structures du département, leur contrat et leur formation
        certifiante.
      </p>
      <Tableau
        titre={`Conseillers du département (${props.total})`}
        class="fr-table--multiline"
        colonnes={['Conseiller', 'Structure', 'Statut', 'Contrat', 'Période', 'Formation', 'Certification']}
        lignes={props.conseillers}
        vide="Aucun conseiller recruté dans le département pour l’instant."
        ligne={(c) => (
          <tr>
            <th scope="row">{c.nom}</th>
            <td>{c.structure}</td>
            <td>
              <Badge ton={c.statut.ton}>{c.statut.libelle}</Badge>
            </td>
            <td>{c.contrat}</td>
            <td>{c.periode}</td>
            <td>{c.formation}</td>
            <td>{c.certification}</td>
          </tr>
        )}
      />
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}

export interface ConventionDepartementVue {
  numero: string;
  structure: string;
  statut: StatutVue;
  postes: string;
  montant: string;
  duree: string;
  signeeLe: string;
}

/** The funding conventions of the département's structures (read only: ANCT manages them). */
export function ConventionsDepartementPage(props: {
  departement: string;
  conventions: ConventionDepartementVue[];
  total: number;
  montant: string;
  page: number;
  pages: number;
  href: (n: number) => string;
}) {
  return (
    <>
      <h1>Conventions — {props.departement}</h1>
      <p>
        {props.total} convention{props.total > 1 ? 's' : ''} de financement pour les structures du
        département, soit {props.montant} engagés. L’ANCT émet les conventions et en vérifie la signature.
      </p>
      <Tableau
        titre="Conventions du département"
        class="fr-table--multiline"
        colonnes={['Numéro', 'Structure', 'Statut', 'Postes', 'Montant', 'Durée', 'Signée le']}
        lignes={props.conventions}
        vide="Aucune convention pour les structures du département pour l’instant."
        ligne={(c) => (
          <tr>
            <th scope="row">{c.numero}</th>
            <td>{c.structure}</td>
            <td>
              <Badge ton={c.statut.ton}>{c.statut.libelle}</Badge>
            </td>
            <td>{c.postes}</td>
            <td>{c.montant}</td>
            <td>{c.duree}</td>
            <td>{c.signeeLe}</td>
          </tr>
        )}
      />
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}
