import { Badge } from '../../../../ui/components/badge.tsx';
import { BoutonAction } from '../../../../ui/components/bouton-action.tsx';
import { Checkbox, Input, Select } from '../../../../ui/components/form.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import { SITUATION_CANDIDAT_LABELS, SITUATIONS_CANDIDAT } from '../../domain/types.ts';
import type { CandidatTrouveVue } from '../../presenters/structure.ts';
import { MessageQuota, type QuotaVue } from './structure-candidats.tsx';

export interface FiltresRechercheVue {
  distanceMax?: string | undefined;
  diplome?: boolean | undefined;
  situation?: string | undefined;
  disponibleAvant?: string | undefined;
  pixMin?: string | undefined;
}

/** Every available candidate, nearest first, with filters; the structure pre-selects by hand. */
export function StructureRecherchePage(props: {
  csrf: string;
  filtres: FiltresRechercheVue;
  candidats: CandidatTrouveVue[];
  total: number;
  page: number;
  pages: number;
  href: (page: number) => string;
  quota: QuotaVue;
  peutSelectionner: boolean;
}) {
  const f = props.filtres;
  return (
    <>
      <h1>Rechercher des candidats</h1>
      <MessageQuota quota={props.quota} />
      <form method="get" action="/structure/candidats/recherche" class="fr-mb-4w">
        <fieldset class="fr-fieldset" aria-labelledby="legende-filtres">
          <legend class="fr-fieldset__legend" id="legende-filtres">
            Filtrer les candidats disponibles
          </legend>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="distanceMax"
              label="Distance de la structure"
              options={[10, 20, 40, 100, 200].map((km) => ({ value: String(km), label: `${km} km au plus` }))}
              value={f.distanceMax}
              placeholder="Toute la France"
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="situation"
              label="Situation"
              options={SITUATIONS_CANDIDAT.map((s) => ({ value: s, label: SITUATION_CANDIDAT_LABELS[s] }))}
              value={f.situation}
              placeholder="Toutes"
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              name="disponibleAvant"
              label="Disponible au plus tard le"
              type="date"
              value={f.disponibleAvant}
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="pixMin"
              label="Niveau Pix minimal"
              options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: `Niveau ${n}` }))}
              value={f.pixMin}
              placeholder="Indifférent"
            />
          </div>
          <div class="fr-fieldset__element">
            <Checkbox
              name="diplome"
              label="Titulaire d’un diplôme de médiation numérique"
              checked={f.diplome}
            />
          </div>
          <div class="fr-fieldset__element">
            <ul class="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button type="submit" class="fr-btn">
                  Rechercher
                </button>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" href="/structure/candidats/recherche">
                  Effacer les filtres
                </a>
              </li>
            </ul>
          </div>
        </fieldset>
      </form>
      <Tableau
        titre={
          props.total === 0
            ? 'Aucun candidat disponible ne correspond'
            : `${props.total} candidat${props.total > 1 ? 's' : ''} disponible${props.total > 1 ? 's' : ''} — page ${props.page} sur ${props.pages}`
        }
        class="fr-table--multiline"
        colonnes={[
          'Candidat',
          'Commune',
          'Distance',
          'Mobilité',
          'Disponible le',
          'Situation',
          'Diplôme',
          'Pix',
          'Action',
        ]}
        lignes={props.candidats}
        ligne={(c) => (
          <tr>
            <th scope="row">{c.nom}</th>
            <td>{c.commune}</td>
            <td>{c.distance}</td>
            <td>{c.mobilite}</td>
            <td>{c.disponibilite}</td>
            <td>{c.situations}</td>
            <td>{c.diplome}</td>
            <td>{c.pix}</td>
            <td>
              {c.relation && c.relationId ? (
                <a href={`/structure/candidats/${c.relationId}`}>
                  <Badge ton={c.relation.ton}>{c.relation.libelle}</Badge>
                </a>
              ) : props.peutSelectionner ? (
                <BoutonAction
                  action="/structure/candidats/selection"
                  csrf={props.csrf}
                  libelle="Présélectionner"
                  precision={c.nom}
                  champs={{ candidatId: c.id }}
                />
              ) : (
                '—'
              )}
            </td>
          </tr>
        )}
      />
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}
