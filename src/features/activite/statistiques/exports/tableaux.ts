import type { FiltreDecrit, VueStatistiques } from '../presenter.ts';
import type { Valeur } from '../public/secret.ts';

/** One section of an export: a title, French column headers, rows of cells. */
export interface SectionExport {
  titre: string;
  colonnes: string[];
  lignes: (string | number)[][];
}

const cellule = (v: Valeur): string | number => v;
const part = (p: number | null): string | number => (p === null ? '' : p);

/** What the page shows, as export sections (filters first, then totals, series, each distribution). */
export function sectionsExport(vue: VueStatistiques, filtres: readonly FiltreDecrit[]): SectionExport[] {
  return [
    { titre: 'Filtres', colonnes: ['Filtre', 'Valeur'], lignes: filtres.map((f) => [f.libelle, f.valeur]) },
    {
      titre: 'Totaux',
      colonnes: ['Indicateur', 'Nombre'],
      lignes: vue.totaux.map((t) => [t.libelle, cellule(t.valeur)]),
    },
    {
      titre: 'Par mois',
      colonnes: ['Mois', 'Activités', 'Accompagnements'],
      lignes: vue.mois.map((p) => [p.periode, cellule(p.activites), cellule(p.accompagnements)]),
    },
    {
      titre: 'Par jour',
      colonnes: ['Jour', 'Activités', 'Accompagnements'],
      lignes: vue.jours.map((p) => [p.periode, cellule(p.activites), cellule(p.accompagnements)]),
    },
    ...vue.repartitions.map((r) => ({
      titre: r.titre,
      colonnes: ['Code', 'Libellé', `Nombre (${r.unite})`, 'Part (%)'],
      lignes: r.lignes.map((l) => [l.code, l.libelle, cellule(l.nombre), part(l.pourcentage)]),
    })),
  ];
}
