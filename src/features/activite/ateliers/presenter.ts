import type { LieuResume } from '../../lieux/index.ts';
import { adresseLieu, quand } from './courriels.ts';
import { heureParis, placesRestantes, type ValeursAtelier } from './domain/atelier.ts';
import type { AtelierLigne } from './repo.ts';

export function valeursDepuisAtelier(a: AtelierLigne): ValeursAtelier {
  const debut = heureParis(a.debut);
  return {
    titre: a.titre,
    description: a.description,
    thematiques: a.thematiques,
    niveau: a.niveau,
    lieuId: a.lieuId,
    date: debut.date,
    heureDebut: debut.heure,
    heureFin: heureParis(a.fin).heure,
    capacite: String(a.capacite),
    inscriptionRequise: a.inscriptionRequise,
    accessibilite: a.accessibilite,
    gratuit: a.gratuit,
    repetition: '',
    jusquAu: '',
  };
}

/** « 3 places sur 10 », « Complet », « Accès libre ». */
export function textePlaces(a: AtelierLigne, confirmees: number): string {
  if (!a.inscriptionRequise) return 'Accès libre';
  const reste = placesRestantes(a.capacite, confirmees);
  if (reste === 0) return 'Complet';
  return `${reste} ${reste > 1 ? 'places restantes' : 'place restante'} sur ${a.capacite}`;
}

export { adresseLieu, quand };

export function presenterLieu(l: LieuResume | undefined) {
  return l
    ? { nom: l.nom, adresse: `${l.adresse}, ${l.codePostal} ${l.commune}` }
    : { nom: 'Lieu à préciser', adresse: '' };
}
