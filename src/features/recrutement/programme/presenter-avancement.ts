import type { Jalon } from '../domain/parametres.ts';
import { STATUT_CANDIDATURE_STRUCTURE_LABELS, STATUTS_CANDIDATURE_STRUCTURE } from '../domain/types.ts';
import { dateJour, euros, nombre, pourcentage } from '../presenters/format.ts';
import type { Avancement } from './domain/avancement.ts';
import type { MoisAvancement } from './lecture-serie-mensuelle.ts';

const MOIS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export const LIBELLES_POSTES: Record<keyof Avancement['postes'], string> = {
  demandes: 'Postes demandés',
  attribues: 'Postes attribués',
  conventionnes: 'Postes conventionnés',
  recrutes: 'Conseillers recrutés',
  en_formation: 'En formation',
  en_poste: 'En poste',
};

export function presenterAvancement(a: Avancement) {
  return {
    structures: nombre(a.structures.total),
    postes: (Object.keys(LIBELLES_POSTES) as (keyof Avancement['postes'])[]).map((k) => ({
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

export function presenterSerie(serie: MoisAvancement[]) {
  let cumul = { postesAttribues: 0, recrutements: 0, prisesDePoste: 0 };
  return serie.map((m) => {
    cumul = {
      postesAttribues: cumul.postesAttribues + m.postesAttribues,
      recrutements: cumul.recrutements + m.recrutements,
      prisesDePoste: cumul.prisesDePoste + m.prisesDePoste,
    };
    const libelle = MOIS.format(new Date(`${m.mois}-01T00:00:00Z`));
    return {
      mois: m.mois,
      libelle: libelle[0]!.toUpperCase() + libelle.slice(1),
      candidatures: nombre(m.candidatures),
      postesAttribues: nombre(m.postesAttribues),
      cumulAttribues: nombre(cumul.postesAttribues),
      recrutements: nombre(m.recrutements),
      cumulRecrutements: nombre(cumul.recrutements),
      prisesDePoste: nombre(m.prisesDePoste),
      brut: { ...m, cumulAttribues: cumul.postesAttribues, cumulRecrutements: cumul.recrutements },
    };
  });
}
export type MoisVue = ReturnType<typeof presenterSerie>[number];
