import type { Part, Statistiques } from '../domain/contrat.ts';

/** An empty result (every figure zero), to build hand-made results in tests and previews. */
export function statistiquesVides(): Statistiques {
  return {
    totaux: {
      activites: 0,
      accompagnements: 0,
      beneficiaires: 0,
      beneficiairesNouveaux: 0,
      beneficiairesSuivis: 0,
      beneficiairesAnonymes: 0,
    },
    seriesJour: [],
    seriesMois: [],
    repartitions: {
      type: [],
      dureeTranche: [],
      typeLieu: [],
      thematiquesNumeriques: [],
      thematiquesAdministratives: [],
      materiel: [],
      autonomie: [],
      orientation: [],
      genre: [],
      trancheAge: [],
      statutSocial: [],
      communes: [],
    },
  };
}

/** Parts with their shares (largest remainder, so they add up to 100), from code → count. */
export function parts(comptes: Record<string, number>): Part[] {
  const total = Object.values(comptes).reduce((a, b) => a + b, 0);
  const lignes = Object.entries(comptes).map(([code, nombre]) => {
    const exact = total ? (nombre * 100) / total : 0;
    return { code, nombre, pourcentage: Math.floor(exact), reste: exact - Math.floor(exact) };
  });
  let manque = total ? 100 - lignes.reduce((a, l) => a + l.pourcentage, 0) : 0;
  for (const l of [...lignes].sort((a, b) => b.reste - a.reste)) {
    if (manque <= 0) break;
    l.pourcentage += 1;
    manque -= 1;
  }
  return lignes.map(({ code, nombre, pourcentage }) => ({ code, nombre, pourcentage }));
}
