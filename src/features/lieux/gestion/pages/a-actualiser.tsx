import { Badge } from '../../../../ui/components/badge.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

export interface LieuPerime {
  id: string;
  nom: string;
  commune: string;
  departement: string;
  gestionnaire: string | null;
  dateMajTexte: string;
  mois: number;
}

export interface AActualiserProps {
  lieux: LieuPerime[];
  total: number;
  page: number;
  pages: number;
  departement: string;
  departements: { code: string; nom: string }[];
  limiteTexte: string;
  lien: (page: number) => string;
}

/** ANCT: every place not updated for 6 months, oldest first, by département. */
export function AActualiserPage(p: AActualiserProps) {
  return (
    <>
      <h1>Lieux à actualiser</h1>
      <p>
        Lieux dont les informations n’ont pas été mises à jour depuis plus de 6 mois (avant le {p.limiteTexte}
        ).
      </p>
      <form method="get" action="/admin/lieux/a-actualiser" class="fr-mb-3w">
        <div class="fr-select-group">
          <label class="fr-label" for="filtre-departement">
            Département
          </label>
          <select class="fr-select" id="filtre-departement" name="departement">
            <option value="">Tous les départements</option>
            {p.departements.map((d) => (
              <option value={d.code} selected={d.code === p.departement}>
                {d.code} — {d.nom}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="fr-btn fr-btn--secondary">
          Filtrer
        </button>
      </form>
      <h2>
        {p.total === 0
          ? 'Aucun lieu à actualiser'
          : p.total === 1
            ? '1 lieu à actualiser'
            : `${p.total.toLocaleString('fr-FR')} lieux à actualiser`}
      </h2>
      {p.lieux.length ? (
        <Tableau
          titre="Lieux à actualiser"
          titreMasque
          colonnes={['Lieu', 'Commune', 'Gestionnaire', 'Dernière mise à jour']}
          lignes={p.lieux}
          ligne={(l) => (
            <tr>
              <td>
                <a href={`/lieux/${l.id}`}>{l.nom}</a>
              </td>
              <td>
                {l.commune} ({l.departement})
              </td>
              <td>{l.gestionnaire ?? 'Aucun (lieu importé)'}</td>
              <td>
                {l.dateMajTexte} <Badge ton="warning">{l.mois} mois</Badge>
              </td>
            </tr>
          )}
        />
      ) : null}
      <Pagination page={p.page} pages={p.pages} href={p.lien} />
    </>
  );
}
