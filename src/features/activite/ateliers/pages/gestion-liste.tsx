import { Badge } from '../../../../ui/components/badge.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

export interface AtelierGere {
  id: string;
  titre: string;
  quand: string;
  lieu: string;
  places: string;
  attente: number;
  annule: boolean;
  passe: boolean;
  activiteEnregistree: boolean;
}

/** The structure's workshops: upcoming ones, then the recent past (roll call). */
export function ListeAteliersPage(p: {
  structureNom: string;
  aVenir: AtelierGere[];
  passes: AtelierGere[];
  peutPublier: boolean;
}) {
  const tableau = (titre: string, lignes: AtelierGere[], vide: string) => (
    <Tableau
      titre={titre}
      colonnes={['Atelier', 'Date', 'Lieu', 'Inscriptions', 'Actions']}
      lignes={lignes}
      vide={vide}
      ligne={(a) => (
        <tr>
          <td>
            <a href={`/ateliers/${a.id}`}>{a.titre}</a>
            {a.annule ? (
              <>
                {' '}
                <Badge ton="error">Annulé</Badge>
              </>
            ) : null}
            {a.activiteEnregistree ? (
              <>
                {' '}
                <Badge ton="success">Activité enregistrée</Badge>
              </>
            ) : null}
          </td>
          <td>{a.quand}</td>
          <td>{a.lieu}</td>
          <td>
            {a.places}
            {a.attente ? ` (${a.attente} en attente)` : ''}
          </td>
          <td>
            <ul class="fr-btns-group fr-btns-group--sm fr-btns-group--inline-md">
              {!a.annule && !a.passe ? (
                <li>
                  <a class="fr-btn fr-btn--sm fr-btn--secondary" href={`/activite/ateliers/${a.id}/modifier`}>
                    Modifier<span class="fr-sr-only"> « {a.titre} »</span>
                  </a>
                </li>
              ) : null}
              {!a.annule ? (
                <li>
                  <a class="fr-btn fr-btn--sm fr-btn--tertiary" href={`/activite/ateliers/${a.id}/appel`}>
                    Faire l’appel<span class="fr-sr-only"> « {a.titre} »</span>
                  </a>
                </li>
              ) : null}
              <li>
                <a
                  class="fr-btn fr-btn--sm fr-btn--tertiary"
                  href={`/activite/ateliers/${a.id}/emargement.pdf`}
                >
                  Feuille d’émargement (PDF)<span class="fr-sr-only"> « {a.titre} »</span>
                </a>
              </li>
            </ul>
          </td>
        </tr>
      )}
    />
  );
  return (
    <>
      <h1>Ateliers</h1>
      <p>
        Les ateliers collectifs de {p.structureNom}, publiés dans l’agenda public : les habitants s’y
        inscrivent sans compte.
      </p>
      {p.peutPublier ? (
        <p>
          <a class="fr-btn fr-icon-add-line fr-btn--icon-left" href="/activite/ateliers/nouveau">
            Publier un atelier
          </a>
        </p>
      ) : null}
      <h2>À venir</h2>
      {tableau('Ateliers à venir', p.aVenir, 'Aucun atelier à venir.')}
      <h2>Passés</h2>
      {tableau('Ateliers passés', p.passes, 'Aucun atelier passé.')}
    </>
  );
}
