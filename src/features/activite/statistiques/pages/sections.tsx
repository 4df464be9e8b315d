import { Chiffre, Chiffres } from '../../../../ui/components/chiffres.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { PointVue, RepartitionVue, VueStatistiques } from '../presenter.ts';
import { formaterPourcentage, formaterValeur } from '../presenter.ts';
import { GraphiqueDsfr } from './graphique-dsfr.tsx';

const nombre = (v: number | string) => (typeof v === 'number' ? v : 0);

function Serie(props: { id: string; titre: string; points: PointVue[]; graphique: boolean }) {
  return (
    <section class="fr-mb-6w" aria-labelledby={`${props.id}-titre`}>
      <h2 id={`${props.id}-titre`} class="fr-h4">
        {props.titre}
      </h2>
      {props.graphique ? (
        <GraphiqueDsfr
          type="courbes"
          abscisses={props.points.map((p) => p.periode)}
          series={[
            { nom: 'Activités', valeurs: props.points.map((p) => nombre(p.activites)) },
            { nom: 'Accompagnements', valeurs: props.points.map((p) => nombre(p.accompagnements)) },
          ]}
        />
      ) : null}
      <Tableau
        id={props.id}
        titre={props.titre}
        titreMasque
        class="fr-table--sm"
        colonnes={[
          'Période',
          { libelle: 'Activités', class: 'fr-cell--right' },
          { libelle: 'Accompagnements', class: 'fr-cell--right' },
        ]}
        lignes={props.points}
        vide="Aucune activité sur la période."
        ligne={(p) => (
          <tr>
            <th scope="row">{p.libelle}</th>
            <td class="fr-cell--right">{formaterValeur(p.activites)}</td>
            <td class="fr-cell--right">{formaterValeur(p.accompagnements)}</td>
          </tr>
        )}
      />
    </section>
  );
}

function Repartition(props: { r: RepartitionVue; graphique: boolean }) {
  const { r } = props;
  const id = `repartition-${r.cle}`;
  const visibles = r.lignes.filter((l) => typeof l.nombre === 'number');
  return (
    <section class="fr-mb-6w" aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} class="fr-h4">
        {r.titre}
      </h2>
      {props.graphique ? (
        <GraphiqueDsfr
          type="barres"
          horizontal
          abscisses={visibles.map((l) => l.libelle)}
          series={[{ nom: `Nombre (${r.unite})`, valeurs: visibles.map((l) => nombre(l.nombre)) }]}
        />
      ) : null}
      <Tableau
        id={id}
        titre={`${r.titre} (${r.unite})`}
        titreMasque
        class="fr-table--sm"
        colonnes={[
          r.titre,
          { libelle: 'Nombre', class: 'fr-cell--right' },
          { libelle: 'Part', class: 'fr-cell--right' },
        ]}
        lignes={r.lignes}
        vide="Aucune donnée sur la période."
        ligne={(l) => (
          <tr>
            <th scope="row">{l.libelle}</th>
            <td class="fr-cell--right">{formaterValeur(l.nombre)}</td>
            <td class="fr-cell--right">{formaterPourcentage(l.pourcentage)}</td>
          </tr>
        )}
      />
    </section>
  );
}

/** The figures: totals, monthly and daily series, every distribution (each a chart and its table). */
export function SectionsStatistiques(props: { vue: VueStatistiques; graphiques: boolean }) {
  const { vue } = props;
  return (
    <>
      <section class="fr-mb-6w" aria-labelledby="totaux-titre">
        <h2 id="totaux-titre" class="fr-h4">
          En chiffres
        </h2>
        <Chiffres>
          {vue.totaux.map((t) => (
            <Chiffre valeur={formaterValeur(t.valeur)} libelle={t.libelle} />
          ))}
        </Chiffres>
      </section>
      <Serie id="serie-mois" titre="Par mois" points={vue.mois} graphique={props.graphiques} />
      <Serie id="serie-jours" titre="Par jour" points={vue.jours} graphique={props.graphiques} />
      {vue.repartitions.map((r) => (
        <Repartition r={r} graphique={props.graphiques} />
      ))}
    </>
  );
}
