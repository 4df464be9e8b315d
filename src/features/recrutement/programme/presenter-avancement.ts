import type { Jalon } from '../domain/parametres.ts';
import { STATUT_CANDIDATURE_STRUCTURE_LABELS, STATUTS_CANDIDATURE_STRUCTURE } from '../domain/types.ts';
import { dateJour, euros, nombre, pourcentage } from '../presenters/format.ts';
import type { Avancement } from './domain/avancement.ts';
import { CLES_CHIFFRES, type CleChiffre, DEFINITIONS_CHIFFRES } from './domain/chiffres.ts';
import type { MoisAvancement } from './lecture-serie-mensuelle.ts';

const MOIS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export const LIBELLES_POSTES = Object.fromEntries(
  CLES_CHIFFRES.map((k) => [k, DEFINITIONS_CHIFFRES[k].libelle]),
) as Record<CleChiffre, string>;

/** The definitions, in the order of the figures, for the page and the export. */
export function presenterDefinitions() {
  return CLES_CHIFFRES.map((k) => ({
    cle: k,
    libelle: DEFINITIONS_CHIFFRES[k].libelle,
    definition: DEFINITIONS_CHIFFRES[k].definition,
    serie: DEFINITIONS_CHIFFRES[k].serie ? `Série mensuelle : ${DEFINITIONS_CHIFFRES[k].serie}.` : null,
  }));
}
export type DefinitionVue = ReturnType<typeof presenterDefinitions>[number];

export function presenterAvancement(a: Avancement) {
  return {
    structures: nombre(a.structures.total),
    postes: CLES_CHIFFRES.map((k) => ({
      cle: k,
      libelle: LIBELLES_POSTES[k],
      valeur: nombre(a.postes[k]),
    })),
    parStatut: STATUTS_CANDIDATURE_STRUCTURE.map((s) => ({
      libelle: STATUT_CANDIDATURE_STRUCTURE_LABELS[s],
      valeur: nombre(a.structures.par_statut[s]),
    })),
    engage: euros(a.financement.engage_eur),
    enveloppe: euros(a.financement.enveloppe_eur),
    partEnveloppe: pourcentage(a.financement.engage_eur, a.financement.enveloppe_eur),
  };
}
export type AvancementVue = ReturnType<typeof presenterAvancement>;

/** Each dated target against what the records show today. */
export function presenterJalons(jalons: Jalon[], a: Avancement, aujourdhui: string, national: boolean) {
  return jalons.map((j) => {
    const realise = j.indicateur ? a.postes[j.indicateur] : null;
    const cible = national ? j.cible : null;
    let etat: { libelle: string; ton: 'success' | 'error' | 'info' | 'neutre' };
    if (cible === null || realise === null)
      etat = { libelle: j.date < aujourdhui ? 'Échéance passée' : 'À venir', ton: 'neutre' };
    else if (realise >= cible) etat = { libelle: 'Atteint', ton: 'success' };
    else if (j.date < aujourdhui) etat = { libelle: 'Non atteint à l’échéance', ton: 'error' };
    else etat = { libelle: 'En cours', ton: 'info' };
    return {
      libelle: j.libelle,
      date: dateJour(j.date),
      cible: j.cible === null ? '—' : `${nombre(j.cible)}${national ? '' : ' (objectif national)'}`,
      realise: realise === null ? '—' : nombre(realise),
      taux: cible !== null && realise !== null ? pourcentage(realise, cible) : '—',
      etat,
    };
  });
}
export type JalonAvancementVue = ReturnType<typeof presenterJalons>[number];

const MOIS_COURT = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: '2-digit', timeZone: 'UTC' });

/** Each month's figures and their running totals (the last running total is the headline figure). */
export function presenterSerie(serie: MoisAvancement[]) {
  let cumul = { postesAttribues: 0, recrutementsEnregistres: 0, recrutes: 0, prisesDePoste: 0 };
  return serie.map((m) => {
    cumul = {
      postesAttribues: cumul.postesAttribues + m.postesAttribues,
      recrutementsEnregistres: cumul.recrutementsEnregistres + m.recrutementsEnregistres,
      recrutes: cumul.recrutes + m.recrutes,
      prisesDePoste: cumul.prisesDePoste + m.prisesDePoste,
    };
    const date = new Date(`${m.mois}-01T00:00:00Z`);
    const libelle = MOIS.format(date);
    return {
      mois: m.mois,
      libelle: libelle[0]!.toUpperCase() + libelle.slice(1),
      libelleCourt: MOIS_COURT.format(date),
      candidatures: nombre(m.candidatures),
      postesAttribues: nombre(m.postesAttribues),
      cumulAttribues: nombre(cumul.postesAttribues),
      recrutementsEnregistres: nombre(m.recrutementsEnregistres),
      cumulEnregistres: nombre(cumul.recrutementsEnregistres),
      recrutes: nombre(m.recrutes),
      cumulRecrutes: nombre(cumul.recrutes),
      prisesDePoste: nombre(m.prisesDePoste),
      cumulEnPoste: nombre(cumul.prisesDePoste),
      brut: {
        ...m,
        cumulAttribues: cumul.postesAttribues,
        cumulEnregistres: cumul.recrutementsEnregistres,
        cumulRecrutes: cumul.recrutes,
        cumulEnPoste: cumul.prisesDePoste,
      },
    };
  });
}
export type MoisVue = ReturnType<typeof presenterSerie>[number];
