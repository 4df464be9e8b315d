import { Pagination } from '../../../../ui/components/pagination.tsx';
import type { CommuneChoisie } from '../../../territoires/index.ts';
import type { ValeursRecherche } from '../criteres-page.ts';
import type { Localisation } from '../localiser.ts';
import type { LieuListe } from '../presenter.ts';
import { DonneesOuvertes } from './donnees-ouvertes.tsx';
import { FormulaireRecherche } from './recherche-formulaire.tsx';
import { ListeResultats } from './resultats.tsx';

export interface CarteProps {
  /** Points endpoint with the current filters. */
  points: string;
  /** MapLibre style URL, or empty for the plain background. */
  fond: string;
  /** Where the app serves MapLibre GL JS. */
  maplibre: string;
  centre: { latitude: number; longitude: number } | null;
  rayonKm: number;
}

export interface RechercheProps {
  valeurs: ValeursRecherche;
  localisation: Localisation;
  resultats: LieuListe[];
  total: number;
  pages: number;
  titreResultats: string;
  carte: CarteProps | null;
  /** Link to the same search with some values changed. */
  lien: (changements: Partial<ValeursRecherche>) => string;
}

function ChoixCommunes({
  titre,
  communes,
  lien,
}: {
  titre: string;
  communes: CommuneChoisie[];
  lien: RechercheProps['lien'];
}) {
  if (communes.length === 0) return null;
  return (
    <div class="fr-alert fr-alert--info fr-mb-3w">
      <h2 class="fr-alert__title">{titre}</h2>
      <ul>
        {communes.map((c) => (
          <li>
            <a href={lien({ q: c.libelle, commune: c.code, position: undefined, page: 1 })}>
              {c.libelle} — {c.departementNom}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Vues({ valeurs, lien }: Pick<RechercheProps, 'valeurs' | 'lien'>) {
  return (
    <nav class="fr-mb-2w" aria-label="Présentation des résultats">
      <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
        <li>
          <a
            class={`fr-btn fr-btn--sm${valeurs.vue === 'liste' ? '' : ' fr-btn--secondary'}`}
            href={lien({ vue: 'liste' })}
            aria-current={valeurs.vue === 'liste' ? 'page' : undefined}
          >
            Liste
          </a>
        </li>
        <li>
          <a
            class={`fr-btn fr-btn--sm${valeurs.vue === 'carte' ? '' : ' fr-btn--secondary'}`}
            href={lien({ vue: 'carte', page: 1 })}
            aria-current={valeurs.vue === 'carte' ? 'page' : undefined}
          >
            Carte
          </a>
        </li>
      </ul>
    </nav>
  );
}

function Carte({ carte }: { carte: CarteProps }) {
  return (
    <div
      id="carte-lieux"
      class="maillage-carte fr-mb-3w"
      role="region"
      aria-label="Carte des lieux trouvés"
      data-points={carte.points}
      data-fond={carte.fond}
      data-maplibre={carte.maplibre}
      data-lat={carte.centre ? String(carte.centre.latitude) : ''}
      data-lon={carte.centre ? String(carte.centre.longitude) : ''}
      data-rayon={String(carte.rayonKm)}
    >
      <p class="maillage-carte__sans-js fr-p-2w">
        La carte a besoin de JavaScript. Les mêmes lieux sont présentés en liste ci-dessous.
      </p>
    </div>
  );
}

export function RecherchePage(props: RechercheProps) {
  const { valeurs, localisation: loc, lien } = props;
  return (
    <>
      <h1>Trouver un lieu de médiation numérique</h1>
      <p class="fr-text--lead">
        Des lieux près de chez vous pour apprendre à utiliser un ordinateur ou un téléphone, faire vos
        démarches en ligne ou accéder à internet.
      </p>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-4">
          <FormulaireRecherche valeurs={valeurs} />
        </div>
        <div class="fr-col-12 fr-col-md-8">
          {loc.type === 'choix' ? (
            <ChoixCommunes
              titre={`Plusieurs communes correspondent à « ${loc.texte} » : laquelle ?`}
              communes={loc.communes}
              lien={lien}
            />
          ) : null}
          {loc.type === 'nom' && props.total === 0 ? (
            <ChoixCommunes
              titre="Vouliez-vous dire l’une de ces communes ?"
              communes={loc.suggestions}
              lien={lien}
            />
          ) : null}
          {loc.type === 'departement' ? (
            <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-2w">
              <p>
                Aucun lieu connu n’est situé à {loc.commune.nom} ni tout près : voici les lieux du département
                ({loc.commune.departementNom}).
              </p>
            </div>
          ) : null}
          <h2 id="resultats" aria-live="polite">
            {props.titreResultats}
          </h2>
          <Vues valeurs={valeurs} lien={lien} />
          {props.carte ? <Carte carte={props.carte} /> : null}
          {props.total === 0 ? (
            <p>
              Aucun lieu ne correspond. Élargissez la distance, retirez des filtres ou vérifiez la commune
              saisie.
            </p>
          ) : null}
          <ListeResultats lieux={props.resultats} />
          <Pagination page={valeurs.page} pages={props.pages} href={(n) => lien({ page: n })} />
        </div>
      </div>
      <DonneesOuvertes />
    </>
  );
}
