/** What the public registration form sends. */
export interface ValeursInscription {
  prenom: string;
  nom: string;
  courriel: string;
  telephone: string;
  consentement: boolean;
}

export interface SaisieInscription {
  prenom: string;
  nom: string;
  /** Lower-cased, or null. */
  courriel: string | null;
  /** Digits only (a leading + kept), or null. */
  telephone: string | null;
}

const texte = (v: unknown) => (typeof v === 'string' ? v : '');

export function lireInscription(body: Record<string, unknown>): ValeursInscription {
  return {
    prenom: texte(body.prenom),
    nom: texte(body.nom),
    courriel: texte(body.courriel),
    telephone: texte(body.telephone),
    consentement: ['oui', 'on'].includes(texte(body.consentement)),
  };
}

const COURRIEL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The rules of a registration: French messages by field (empty: valid). */
export function verifierInscription(
  v: ValeursInscription,
): { ok: true; saisie: SaisieInscription } | { ok: false; erreurs: Record<string, string> } {
  const e: Record<string, string> = {};
  const prenom = v.prenom.trim();
  const nom = v.nom.trim();
  if (!prenom) e.prenom = 'Saisissez votre prénom.';
  else if (prenom.length > 100) e.prenom = 'Le prénom fait au plus 100 caractères.';
  if (!nom) e.nom = 'Saisissez votre nom.';
  else if (nom.length > 100) e.nom = 'Le nom fait au plus 100 caractères.';
  const courriel = v.courriel.trim().toLowerCase();
  const telephone = v.telephone.replace(/[\s.-]/g, '');
  if (courriel && (courriel.length > 254 || !COURRIEL.test(courriel)))
    e.courriel = 'Adresse électronique invalide : format attendu nom@domaine.fr';
  if (telephone && !/^(\+33\d{9}|0\d{9})$/.test(telephone))
    e.telephone = 'Numéro de téléphone invalide : format attendu 06 12 34 56 78.';
  if (!courriel && !telephone && !e.courriel && !e.telephone)
    e.courriel = 'Indiquez une adresse électronique ou un numéro de téléphone pour être prévenu.';
  if (!v.consentement)
    e.consentement = 'Cochez la case pour accepter que vos coordonnées servent à gérer votre inscription.';
  if (Object.keys(e).length > 0) return { ok: false, erreurs: e };
  return {
    ok: true,
    saisie: { prenom, nom, courriel: courriel || null, telephone: telephone || null },
  };
}
