import { Chiffre, Chiffres } from '../../../../ui/components/chiffres.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

const nombre = (n: number) => n.toLocaleString('fr-FR');

export interface LigneDepartementHistorique {
  code: string;
  nom: string;
  usagers: number;
  accompagnements: number;
  individuels: number;
  ateliers: number;
}

export interface HistoriqueProps {
  vide: boolean;
  total: { usagers: number; accompagnements: number; departements: number };
  themes: { libelle: string; n: number; vers: string[] }[];
  themesActuels: { libelle: string; n: number }[];
  departements: LigneDepartementHistorique[];
  tri: { colonne: string; ordre: 'asc' | 'desc' };
}

const COLONNES = [
  { cle: 'departement', libelle: 'Département' },
  { cle: 'usagers', libelle: 'Personnes accompagnées' },
  { cle: 'accompagnements', libelle: 'Accompagnements' },
] as const;

function EnteteTriable(p: { cle: string; libelle: string; tri: HistoriqueProps['tri'] }) {
  const actif = p.tri.colonne === p.cle;
  const ordre = actif && p.tri.ordre === 'asc' ? 'desc' : 'asc';
  const sens = actif ? (p.tri.ordre === 'asc' ? 'croissant' : 'décroissant') : null;
  return (
    <a
      href={`?tri=${p.cle}&ordre=${ordre}#par-departement`}
      aria-label={`${p.libelle} : trier par ordre ${ordre === 'asc' ? 'croissant' : 'décroissant'}`}
    >
      {p.libelle}
      {sens ? ` (tri ${sens})` : ''}
    </a>
  );
}

/** The former activity reports in figures, per département, with the theme mapping. */
export function HistoriquePage(p: HistoriqueProps) {
  return (
    <>
      <h1>Historique des comptes rendus d’activité (2021–2024)</h1>
      <div class="fr-callout fr-mb-4w">
        <p class="fr-callout__text">
          Ces chiffres sont les agrégats par département des anciens comptes rendus d’activité (CRA) saisis
          par les conseillers numériques entre 2021 et 2024, tels que le programme les a publiés. Ils ne sont
          pas recalculés à partir des activités enregistrées dans Maillage et ne s’additionnent pas avec
          elles.
        </p>
      </div>
      {p.vide ? (
        <p>L’historique n’a pas encore été importé sur cette plateforme.</p>
      ) : (
        <>
          <Chiffres>
            <Chiffre valeur={nombre(p.total.usagers)} libelle="personnes accompagnées" />
            <Chiffre valeur={nombre(p.total.accompagnements)} libelle="accompagnements" />
            <Chiffre valeur={nombre(p.total.departements)} libelle="départements" />
          </Chiffres>
          <h2 class="fr-mt-4w" id="par-departement">
            Par département
          </h2>
          <Tableau
            titre="Personnes et accompagnements par département, 2021–2024"
            colonnes={[
              ...COLONNES.map((c) => ({
                libelle: <EnteteTriable cle={c.cle} libelle={c.libelle} tri={p.tri} />,
                class: c.cle === 'departement' ? undefined : 'fr-cell--right',
              })),
              { libelle: 'dont individuels', class: 'fr-cell--right' },
              { libelle: 'dont ateliers', class: 'fr-cell--right' },
            ]}
            lignes={p.departements}
            ligne={(d) => (
              <tr>
                <th scope="row">
                  {d.nom} ({d.code})
                </th>
                <td class="fr-cell--right">{nombre(d.usagers)}</td>
                <td class="fr-cell--right">{nombre(d.accompagnements)}</td>
                <td class="fr-cell--right">{nombre(d.individuels)}</td>
                <td class="fr-cell--right">{nombre(d.ateliers)}</td>
              </tr>
            )}
          />
          <h2 class="fr-mt-4w">Thèmes des accompagnements</h2>
          <p>
            Les thèmes des anciens comptes rendus ont été rapprochés des thématiques actuelles. Un thème de
            2021 qui correspond à deux thématiques actuelles compte pour chacune : la colonne des thématiques
            actuelles ne s’additionne donc pas au total des accompagnements.
          </p>
          <Tableau
            titre="Correspondance des thèmes 2021 avec les thématiques actuelles"
            colonnes={[
              'Thème 2021',
              { libelle: 'Accompagnements', class: 'fr-cell--right' },
              'Thématiques actuelles',
            ]}
            lignes={p.themes}
            ligne={(t) => (
              <tr>
                <th scope="row">{t.libelle}</th>
                <td class="fr-cell--right">{nombre(t.n)}</td>
                <td>{t.vers.length ? t.vers.join(', ') : 'Aucune (thème « autre »)'}</td>
              </tr>
            )}
          />
          <Tableau
            titre="Accompagnements par thématique actuelle (d’après la correspondance)"
            colonnes={['Thématique actuelle', { libelle: 'Accompagnements', class: 'fr-cell--right' }]}
            lignes={p.themesActuels}
            ligne={(t) => (
              <tr>
                <th scope="row">{t.libelle}</th>
                <td class="fr-cell--right">{nombre(t.n)}</td>
              </tr>
            )}
          />
        </>
      )}
    </>
  );
}
