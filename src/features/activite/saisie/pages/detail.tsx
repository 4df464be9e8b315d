import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { DetailPresente } from '../presenter.ts';

export function DetailActivitePage({ a }: { a: DetailPresente }) {
  return (
    <>
      <h1>{a.titrePage}</h1>
      <Tableau
        titre="L’activité"
        titreMasque
        colonnes={[]}
        lignes={a.lignes}
        ligne={(l) => (
          <tr>
            <th scope="row">{l.libelle}</th>
            <td>{l.valeur}</td>
          </tr>
        )}
      />
      <h2>Personnes accompagnées</h2>
      {a.personnes.length > 0 ? (
        <ul>
          {a.personnes.map((p) => (
            <li>
              {p.nom} <span class="fr-hint-text">{p.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        {a.anonymes === 0
          ? a.personnes.length === 0
            ? 'Aucune personne.'
            : ''
          : a.anonymes === 1
            ? '1 personne anonyme.'
            : `${a.anonymes} personnes anonymes.`}
      </p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <a class="fr-btn" href={a.repeterHref}>
            Répéter cette activité
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary" href="/activite">
            Retour à mes activités
          </a>
        </li>
      </ul>
    </>
  );
}
