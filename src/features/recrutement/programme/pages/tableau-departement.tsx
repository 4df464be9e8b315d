import { Chiffre } from '../../../../ui/components/chiffres.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

export interface TableauDepartementVue {
  departement: string;
  postes: { libelle: string; valeur: string }[];
  engage: string;
  candidats: { libelle: string; valeur: string }[];
  zones: {
    zone: string;
    candidatures: string;
    validees: string;
    demandes: string;
    attribues: string;
    recrutes: string;
  }[];
  avis: { aExaminer: string; donnes: string; favorables: string; defavorables: string; enRetard: string };
  echeance: string | null;
  tauxAttribution: string;
}

/** The préfecture's steering page for its département. */
export function TableauDepartementPage({ v }: { v: TableauDepartementVue }) {
  return (
    <>
      <h1>Tableau de bord — {v.departement}</h1>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <a class="fr-btn" href="/recrutement/candidatures?avis=sans">
            Candidatures à examiner ({v.avis.aExaminer})
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary" href="/recrutement/candidatures?vue=carte">
            Carte des candidatures
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary" href="/recrutement/avancement">
            État d’avancement
          </a>
        </li>
      </ul>
      <section aria-labelledby="titre-postes">
        <h2 id="titre-postes">Postes de conseillers numériques</h2>
        <div class="fr-grid-row fr-grid-row--gutters">
          {v.postes.map((p) => (
            <Chiffre valeur={p.valeur} libelle={p.libelle} />
          ))}
        </div>
        <p class="fr-mt-2w">
          Postes attribués rapportés aux postes demandés : <strong>{v.tauxAttribution}</strong>. Financement
          engagé dans le département : <strong>{v.engage}</strong>.
        </p>
      </section>
      <section aria-labelledby="titre-concertation" class="fr-mt-4w">
        <h2 id="titre-concertation">Concertation : avis de la préfecture</h2>
        <p>
          {v.echeance ? `Échéance des avis : ${v.echeance}. ` : ''}
          {v.avis.donnes} avis donnés ({v.avis.favorables} favorables, {v.avis.defavorables} défavorables),
          dont {v.avis.enRetard} après l’échéance ; {v.avis.aExaminer} candidature(s) en attente d’avis.
        </p>
      </section>
      <section aria-labelledby="titre-candidats" class="fr-mt-4w">
        <h2 id="titre-candidats">Candidats conseillers</h2>
        <div class="fr-grid-row fr-grid-row--gutters">
          {v.candidats.map((c) => (
            <Chiffre valeur={c.valeur} libelle={c.libelle} />
          ))}
        </div>
      </section>
      <section aria-labelledby="titre-zones" class="fr-mt-4w">
        <h2 id="titre-zones">Couverture des territoires prioritaires</h2>
        <Tableau
          titre="Candidatures, postes et recrutements par type de territoire"
          class="fr-table--multiline"
          colonnes={[
            'Territoire',
            'Candidatures',
            'Validées',
            'Postes demandés',
            'Postes attribués',
            'Conseillers recrutés (validés)',
          ]}
          lignes={v.zones}
          ligne={(z) => (
            <tr>
              <th scope="row">{z.zone}</th>
              <td>{z.candidatures}</td>
              <td>{z.validees}</td>
              <td>{z.demandes}</td>
              <td>{z.attribues}</td>
              <td>{z.recrutes}</td>
            </tr>
          )}
        />
      </section>
    </>
  );
}
