import { Badge } from '../../../../ui/components/badge.tsx';
import { Checkbox, Input, Select } from '../../../../ui/components/form.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import { STRUCTURE_TYPE_LABELS, STRUCTURE_TYPES } from '../../../structures/index.ts';
import { STATUT_CANDIDATURE_STRUCTURE_LABELS, STATUTS_CANDIDATURE_STRUCTURE } from '../../domain/types.ts';
import type { LigneCandidatureVue } from '../presenter.ts';

export interface FiltresVue {
  departement?: string | undefined;
  type?: string | undefined;
  statut?: string | undefined;
  qpv?: boolean | undefined;
  zrr?: boolean | undefined;
  postesMin?: string | undefined;
  avis?: string | undefined;
  q?: string | undefined;
}

export interface CarteVue {
  points: string;
  maplibre: string;
  fond: string;
  legende: { couleur: string; libelle: string }[];
}

/** Structure applications of a département (préfecture) or of France (ANCT): filters, list, map. */
export function CandidaturesPage(props: {
  titre: string;
  filtres: FiltresVue;
  lignes: LigneCandidatureVue[];
  total: number;
  page: number;
  pages: number;
  href: (page: number) => string;
  lienListe: string;
  lienCarte: string;
  lienExport: string;
  carte: CarteVue | null;
  departementFixe: string | null;
  departements: { code: string; nom: string }[];
}) {
  const f = props.filtres;
  return (
    <>
      <h1>{props.titre}</h1>
      <form method="get" action="/recrutement/candidatures" class="fr-mb-3w">
        {props.carte ? <input type="hidden" name="vue" value="carte" /> : null}
        <fieldset class="fr-fieldset" aria-labelledby="legende-filtres">
          <legend class="fr-fieldset__legend" id="legende-filtres">
            Filtrer les candidatures
          </legend>
          <div class="fr-fieldset__element">
            <Input name="q" label="Nom ou SIRET de la structure" value={f.q} type="search" maxLength={200} />
          </div>
          {props.departementFixe ? null : (
            <div class="fr-fieldset__element fr-fieldset__element--inline">
              <Select
                name="departement"
                label="Département"
                options={props.departements.map((d) => ({ value: d.code, label: `${d.code} — ${d.nom}` }))}
                value={f.departement}
                placeholder="Tous"
              />
            </div>
          )}
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="type"
              label="Type de structure"
              options={STRUCTURE_TYPES.map((t) => ({ value: t, label: STRUCTURE_TYPE_LABELS[t] }))}
              value={f.type}
              placeholder="Tous"
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="statut"
              label="Statut"
              options={STATUTS_CANDIDATURE_STRUCTURE.map((s) => ({
                value: s,
                label: STATUT_CANDIDATURE_STRUCTURE_LABELS[s],
              }))}
              value={f.statut}
              placeholder="Tous"
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Select
              name="avis"
              label="Avis de la préfecture"
              options={[
                { value: 'sans', label: 'À donner' },
                { value: 'favorable', label: 'Favorable' },
                { value: 'defavorable', label: 'Défavorable' },
              ]}
              value={f.avis}
              placeholder="Tous"
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Input
              name="postesMin"
              label="Postes demandés, au moins"
              type="number"
              inputMode="numeric"
              value={f.postesMin}
              extra={{ min: '1', max: '100' }}
            />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Checkbox name="qpv" label="En quartier prioritaire (QPV)" checked={f.qpv} />
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <Checkbox name="zrr" label="En zone de revitalisation rurale (ZRR)" checked={f.zrr} />
          </div>
          <div class="fr-fieldset__element">
            <ul class="fr-btns-group fr-btns-group--inline-md">
              <li>
                <button type="submit" class="fr-btn">
                  Filtrer
                </button>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" href="/recrutement/candidatures">
                  Effacer les filtres
                </a>
              </li>
            </ul>
          </div>
        </fieldset>
      </form>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <a
            class="fr-btn fr-btn--tertiary fr-icon-list-unordered"
            href={props.lienListe}
            aria-current={props.carte ? undefined : 'page'}
          >
            Liste
          </a>
        </li>
        <li>
          <a
            class="fr-btn fr-btn--tertiary fr-icon-map-pin-2-line"
            href={props.lienCarte}
            aria-current={props.carte ? 'page' : undefined}
          >
            Carte
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary fr-icon-download-line" href={props.lienExport}>
            Exporter au format tableur (XLSX)
          </a>
        </li>
      </ul>
      {props.carte ? (
        <div
          id="carte-candidatures"
          class="maillage-carte fr-mb-3w"
          role="region"
          aria-label="Carte des candidatures filtrées"
          data-points={props.carte.points}
          data-maplibre={props.carte.maplibre}
          data-fond={props.carte.fond}
        >
          <p class="fr-p-2w">
            La carte a besoin de JavaScript. Les mêmes candidatures sont listées ci-dessous.
          </p>
        </div>
      ) : null}
      {props.carte ? (
        <div class="fr-mb-3w" id="legende-carte">
          <p class="fr-text--bold fr-mb-1w">Légende de la carte : statut de la candidature</p>
          <ul class="maillage-graphique__legende fr-text--sm">
            {props.carte.legende.map((l) => (
              <li>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <circle cx={7} cy={7} r={6} fill={l.couleur} stroke="#ffffff" stroke-width={1} />
                </svg>{' '}
                {l.libelle}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Tableau
        titre={
          props.total === 0
            ? 'Aucune candidature ne correspond'
            : `${props.total} candidature${props.total > 1 ? 's' : ''} — page ${props.page} sur ${props.pages}`
        }
        class="fr-table--multiline"
        colonnes={[
          'Structure',
          'Commune',
          'Zones',
          'Postes demandés',
          'Postes attribués',
          'Statut',
          'Avis de la préfecture',
        ]}
        lignes={props.lignes}
        ligne={(l) => (
          <tr>
            <th scope="row">
              <a href={`/recrutement/candidatures/${l.id}`}>{l.nom}</a>
              <br />
              <span class="fr-text--xs">{l.type}</span>
            </th>
            <td>{l.commune}</td>
            <td>{l.zones || '—'}</td>
            <td>{l.postesDemandes}</td>
            <td>{l.postesAttribues}</td>
            <td>
              <Badge ton={l.statut.ton}>{l.statut.libelle}</Badge>
            </td>
            <td>
              <Badge ton={l.avis.ton}>{l.avis.libelle}</Badge>
              {l.avis.rang ? <span class="fr-text--xs"> {l.avis.rang}</span> : null}
              {l.avis.enRetard ? (
                <>
                  {' '}
                  <Badge ton="warning">En retard</Badge>
                </>
              ) : null}
            </td>
          </tr>
        )}
      />
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </>
  );
}
