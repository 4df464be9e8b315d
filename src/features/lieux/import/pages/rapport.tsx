import { Alerte } from '../../../../ui/components/alerte.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { LigneSansCoordonnees, ProblemeLigne, RapportImport } from '../rapport.ts';

const AFFICHES = 200;

function TableProblemes(props: { titre: string; lignes: ProblemeLigne[]; total: number }) {
  if (props.lignes.length === 0) return null;
  return (
    <Tableau
      titre={
        <>
          {props.titre}
          {props.total > AFFICHES ? ` (${AFFICHES} premiers sur ${props.total} : voir le rapport CSV)` : ''}
        </>
      }
      colonnes={['Ligne', 'Identifiant', 'Nom', 'Champ', 'Valeur', 'Raison']}
      lignes={props.lignes.slice(0, AFFICHES)}
      ligne={(p) => (
        <tr>
          <td>{p.ligne}</td>
          <td>{p.id ?? '—'}</td>
          <td>{p.nom ?? '—'}</td>
          <td>{p.champ || '—'}</td>
          <td>{p.valeur || '(vide)'}</td>
          <td>{p.raison}</td>
        </tr>
      )}
    />
  );
}

function TableSansCoordonnees({ lignes }: { lignes: LigneSansCoordonnees[] }) {
  if (lignes.length === 0) return null;
  return (
    <Tableau
      titre={
        <>
          Lieux gardés sans coordonnées (absents de la carte)
          {lignes.length > AFFICHES ? ` : ${AFFICHES} premiers sur ${lignes.length}` : ''}
        </>
      }
      colonnes={['Ligne', 'Identifiant', 'Nom', 'Commune']}
      lignes={lignes.slice(0, AFFICHES)}
      ligne={(l) => (
        <tr>
          <td>{l.ligne}</td>
          <td>{l.id}</td>
          <td>{l.nom}</td>
          <td>{l.commune}</td>
        </tr>
      )}
    />
  );
}

export function RapportPage(props: {
  id: string;
  date: string;
  rapport: RapportImport;
  raisons: { raison: string; total: number }[];
}) {
  const r = props.rapport;
  const chiffres: [string, number][] = [
    ['Lignes lues', r.lignes],
    [r.simulation ? 'Seraient créés' : 'Créés', r.crees],
    [r.simulation ? 'Seraient modifiés' : 'Modifiés', r.modifies],
    ['Inchangés', r.inchanges],
    ['Rejetés', r.rejetes],
    ['Sans coordonnées', r.sansCoordonnees.length],
    ['Codes INSEE déduits', r.inseeDeduits],
    ['Doublons probables proposés', r.doublons],
  ];
  return (
    <div class="fr-container fr-my-6w">
      <h1>{r.simulation ? 'Rapport de simulation d’import' : 'Rapport d’import'}</h1>
      <p>
        Fichier <strong>{r.fichier}</strong>, source <strong>{r.source}</strong>, format {r.format}, le{' '}
        {props.date}.{r.simulation ? ' Simulation : rien n’a été enregistré dans le registre.' : ''}
      </p>
      {r.detection ? (
        <Alerte type="info" petite class="fr-mb-2w">
          Format choisi automatiquement : {r.detection}.
        </Alerte>
      ) : null}
      {r.avertissements.map((a) => (
        <Alerte type="warning" petite class="fr-mb-2w">
          {a}
        </Alerte>
      ))}
      <Tableau
        titre="Résumé"
        colonnes={[]}
        lignes={chiffres}
        ligne={([libelle, valeur]) => (
          <tr>
            <th scope="row">{libelle}</th>
            <td>{valeur}</td>
          </tr>
        )}
      />
      {r.doublons > 0 ? (
        <p>
          <a class="fr-link" href="/admin/lieux/doublons">
            Examiner les doublons probables
          </a>
        </p>
      ) : null}
      <p>
        <a
          class="fr-link fr-icon-download-line fr-link--icon-left"
          href={`/admin/lieux/import/${props.id}/rapport.csv`}
          download
        >
          Télécharger le rapport complet (CSV)
        </a>
      </p>
      {props.raisons.length > 0 ? (
        <>
          <h2>Principales raisons de rejet</h2>
          <ul>
            {props.raisons.map((x) => (
              <li>
                {x.raison} : {x.total}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.tronque ? (
        <p class="fr-hint-text">
          Les listes sont limitées aux 5 000 premières entrées ; les totaux restent exacts.
        </p>
      ) : null}
      <h2>Détail</h2>
      {r.rejets.length === 0 && r.anomalies.length === 0 && r.sansCoordonnees.length === 0 ? (
        <p>Aucune ligne rejetée, aucune valeur écartée.</p>
      ) : null}
      <TableProblemes titre="Lignes rejetées" lignes={r.rejets} total={r.rejets.length} />
      <TableProblemes
        titre="Valeurs écartées (lignes gardées)"
        lignes={r.anomalies}
        total={r.anomalies.length}
      />
      <TableSansCoordonnees lignes={r.sansCoordonnees} />
      <p class="fr-mt-4w">
        <a class="fr-link" href="/admin/lieux/import">
          Nouvel import
        </a>
      </p>
    </div>
  );
}
