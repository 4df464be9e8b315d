import { Badge } from '../../../../ui/components/badge.tsx';
import { Chiffre } from '../../../../ui/components/chiffres.tsx';
import { Select } from '../../../../ui/components/form.tsx';
import { Graphique } from '../../../../ui/components/graphique.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { AvancementVue, DefinitionVue, JalonAvancementVue, MoisVue } from '../presenter-avancement.ts';

export interface LigneDepartementVue {
  code: string;
  nom: string;
  structures: string;
  demandes: string;
  attribues: string;
  recrutes: string;
  enPoste: string;
  engage: string;
}

/** Progress of the programme against its targets, nationally or for one département. */
export function AvancementPage(props: {
  titre: string;
  departement: string | null;
  departements: { code: string; nom: string }[];
  choixDepartement: boolean;
  a: AvancementVue;
  jalons: JalonAvancementVue[];
  serie: MoisVue[];
  definitions: DefinitionVue[];
  parDepartement: LigneDepartementVue[];
  lienExport: string;
}) {
  const a = props.a;
  return (
    <>
      <h1>{props.titre}</h1>
      {props.choixDepartement ? (
        <form method="get" action="/recrutement/avancement" class="fr-mb-3w">
          <div class="fr-grid-row fr-grid-row--bottom fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-md-6">
              <Select
                name="departement"
                label="Territoire"
                options={props.departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))}
                value={props.departement ?? undefined}
                placeholder="France entière"
              />
            </div>
            <div class="fr-col-auto">
              <button type="submit" class="fr-btn">
                Afficher
              </button>
            </div>
          </div>
        </form>
      ) : null}
      <p>
        <a class="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href={props.lienExport}>
          Exporter au format tableur (XLSX)
        </a>
      </p>
      <section aria-labelledby="titre-postes">
        <h2 id="titre-postes">Postes et conseillers</h2>
        <div class="fr-grid-row fr-grid-row--gutters">
          {a.postes.map((p) => (
            <Chiffre valeur={p.valeur} libelle={p.libelle} />
          ))}
          <Chiffre valeur={a.structures} libelle="structures candidates" />
          <Chiffre valeur={a.engage} libelle={`engagés sur ${a.enveloppe} (${a.partEnveloppe})`} />
        </div>
      </section>
      <section aria-labelledby="titre-definitions" class="fr-mt-4w">
        <h2 id="titre-definitions">Ce que compte chaque chiffre</h2>
        <p>
          Ces définitions valent pour cette page, son export au format tableur, les tableaux de bord et l’API
          de données ouvertes (<a href="/api/v1/recrutement/avancement">/api/v1/recrutement/avancement</a>).
        </p>
        <dl class="maillage-definitions">
          {props.definitions.map((d) => (
            <>
              <dt class="fr-text--bold">{d.libelle}</dt>
              <dd class="fr-mb-2w">
                {d.definition}
                {d.serie ? ` ${d.serie}` : ''}
              </dd>
            </>
          ))}
        </dl>
      </section>
      <section aria-labelledby="titre-jalons" class="fr-mt-4w">
        <h2 id="titre-jalons">Jalons : objectifs et réalisé</h2>
        <Tableau
          titre="Jalons du programme"
          class="fr-table--multiline"
          colonnes={['Jalon', 'Échéance', 'Objectif', 'Réalisé aujourd’hui', 'Taux', 'État']}
          lignes={props.jalons}
          ligne={(j) => (
            <tr>
              <th scope="row">{j.libelle}</th>
              <td>{j.date}</td>
              <td>{j.cible}</td>
              <td>{j.realise}</td>
              <td>{j.taux}</td>
              <td>
                <Badge ton={j.etat.ton}>{j.etat.libelle}</Badge>
              </td>
            </tr>
          )}
        />
      </section>
      <section aria-labelledby="titre-statuts" class="fr-mt-4w">
        <h2 id="titre-statuts">Candidatures des structures par statut</h2>
        <Tableau
          titre="Répartition des candidatures"
          class="fr-table--multiline"
          colonnes={['Statut', 'Candidatures']}
          lignes={a.parStatut}
          ligne={(s) => (
            <tr>
              <th scope="row">{s.libelle}</th>
              <td>{s.valeur}</td>
            </tr>
          )}
        />
      </section>
      <section aria-labelledby="titre-serie" class="fr-mt-4w">
        <h2 id="titre-serie">Évolution mois par mois</h2>
        {props.serie.length === 0 ? (
          <p>Aucune activité enregistrée pour l’instant.</p>
        ) : (
          <Series serie={props.serie} />
        )}
      </section>
      {props.parDepartement.length > 0 ? (
        <section aria-labelledby="titre-departements" class="fr-mt-4w">
          <h2 id="titre-departements">Par département</h2>
          <Tableau
            titre={`Avancement par département (${props.parDepartement.length})`}
            class="fr-table--multiline"
            colonnes={[
              'Département',
              'Structures',
              'Postes demandés',
              'Postes attribués',
              'Recrutés (validés)',
              'En poste',
              'Engagé',
            ]}
            lignes={props.parDepartement}
            ligne={(d) => (
              <tr>
                <th scope="row">
                  <a href={`/recrutement/avancement?departement=${d.code}`}>
                    {d.code} — {d.nom}
                  </a>
                </th>
                <td>{d.structures}</td>
                <td>{d.demandes}</td>
                <td>{d.attribues}</td>
                <td>{d.recrutes}</td>
                <td>{d.enPoste}</td>
                <td>{d.engage}</td>
              </tr>
            )}
          />
        </section>
      ) : null}
    </>
  );
}

/** The monthly series as two charts, each followed by the table of its values. */
function Series({ serie }: { serie: MoisVue[] }) {
  const abscisses = serie.map((m) => m.libelleCourt);
  const dernier = serie[serie.length - 1]!;
  return (
    <>
      <Graphique
        id="graphique-cumuls"
        titre="Postes attribués, recrutements et prises de poste, en cumul"
        resume={`Fin ${dernier.libelle.toLowerCase()} : ${dernier.cumulAttribues} postes attribués, ${dernier.cumulEnregistres} recrutements enregistrés, ${dernier.cumulRecrutes} conseillers recrutés (validés), ${dernier.cumulEnPoste} en poste. Toutes les valeurs figurent dans le tableau qui suit.`}
        type="courbes"
        abscisses={abscisses}
        series={[
          { nom: 'Postes attribués', valeurs: serie.map((m) => m.brut.cumulAttribues) },
          { nom: 'Recrutements enregistrés', valeurs: serie.map((m) => m.brut.cumulEnregistres) },
          { nom: 'Conseillers recrutés (validés)', valeurs: serie.map((m) => m.brut.cumulRecrutes) },
          { nom: 'En poste', valeurs: serie.map((m) => m.brut.cumulEnPoste) },
        ]}
      >
        <Tableau
          titre="Cumul à la fin de chaque mois"
          class="fr-table--multiline"
          colonnes={[
            'Mois',
            'Postes attribués',
            'Recrutements enregistrés',
            'Conseillers recrutés (validés)',
            'En poste',
          ]}
          lignes={serie}
          ligne={(m) => (
            <tr>
              <th scope="row">{m.libelle}</th>
              <td>{m.cumulAttribues}</td>
              <td>{m.cumulEnregistres}</td>
              <td>{m.cumulRecrutes}</td>
              <td>{m.cumulEnPoste}</td>
            </tr>
          )}
        />
      </Graphique>
      <Graphique
        id="graphique-mensuel"
        titre="Candidatures déposées et recrutements enregistrés, mois par mois"
        resume={`${dernier.libelle} : ${dernier.candidatures} candidatures déposées, ${dernier.recrutementsEnregistres} recrutements enregistrés. Toutes les valeurs figurent dans le tableau qui suit.`}
        type="barres"
        abscisses={abscisses}
        series={[
          { nom: 'Candidatures déposées', valeurs: serie.map((m) => m.brut.candidatures) },
          { nom: 'Recrutements enregistrés', valeurs: serie.map((m) => m.brut.recrutementsEnregistres) },
        ]}
      >
        <Tableau
          titre="Série mensuelle"
          class="fr-table--multiline"
          colonnes={[
            'Mois',
            'Candidatures déposées',
            'Postes attribués',
            'Recrutements enregistrés',
            'Conseillers recrutés (validés)',
            'Prises de poste',
          ]}
          lignes={serie}
          ligne={(m) => (
            <tr>
              <th scope="row">{m.libelle}</th>
              <td>{m.candidatures}</td>
              <td>{m.postesAttribues}</td>
              <td>{m.recrutementsEnregistres}</td>
              <td>{m.recrutes}</td>
              <td>{m.prisesDePoste}</td>
            </tr>
          )}
        />
      </Graphique>
    </>
  );
}
