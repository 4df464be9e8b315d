import type { Db } from '../../db/client.ts';
import { analyserRecherche, classerCandidats } from './domain/recherche.ts';
import {
  type CommuneLigne,
  communesParCodePostal,
  communesParCodes,
  communesParDebutDeNom,
  communesParSimilarite,
} from './queries.ts';

/** Below this many characters trigrams say nothing useful: only exact and prefix matches. */
const LONGUEUR_MIN_SIMILARITE = 3;

/**
 * Commune search by name, postal code or INSEE code, accent- and case-insensitive. Ranking: exact name,
 * then prefix, then similar names; ties by population. Cheap stages run first and the trigram stages
 * only when they did not fill the page, which keeps typical searches to one or two index scans.
 */
export async function rechercherCommunes(db: Db, texte: string, limite: number): Promise<CommuneLigne[]> {
  const recherche = analyserRecherche(texte);
  if (!recherche) return [];

  if (recherche.type === 'debut-code-postal') return communesParCodePostal(db, recherche.prefixe, limite);
  if (recherche.type === 'code') {
    // A postal code is what people usually type; an INSEE code with the same digits comes after.
    const parCodePostal = await communesParCodePostal(db, recherche.code, limite);
    const parCodeInsee = await communesParCodes(db, [recherche.code]);
    const vus = new Set(parCodePostal.map((c) => c.code));
    return [...parCodePostal, ...parCodeInsee.filter((c) => !vus.has(c.code))].slice(0, limite);
  }

  const { nom } = recherche;
  const filtre = { codePostal: recherche.codePostal, departement: recherche.departement };
  const candidats = await communesParDebutDeNom(db, nom, filtre, limite);
  if (candidats.length < limite && nom.length >= LONGUEUR_MIN_SIMILARITE) {
    candidats.push(...(await communesParSimilarite(db, nom, filtre, limite, 'mot')));
    if (candidats.length === 0)
      candidats.push(...(await communesParSimilarite(db, nom, filtre, limite, 'global')));
  }
  return classerCandidats(candidats, nom, limite);
}
