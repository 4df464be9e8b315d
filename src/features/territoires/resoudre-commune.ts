import type { Db } from '../../db/client.ts';
import { analyserRecherche, estCodeCommune, type RechercheCommune } from './domain/recherche.ts';
import { presenterCommune } from './presenter.ts';
import {
  type CommuneLigne,
  communeParCode,
  communesParCodePostal,
  communesParCodes,
  communesParNomExact,
} from './queries.ts';
import { rechercherCommunes } from './rechercher-communes.ts';

export type CommuneChoisie = ReturnType<typeof presenterCommune>;

export type ResolutionCommune =
  | { ok: true; commune: CommuneChoisie }
  | {
      ok: false;
      /** commune_vide | commune_introuvable | commune_ambigue */
      code: 'commune_vide' | 'commune_introuvable' | 'commune_ambigue';
      /** French, for the field error. */
      message: string;
      /** Communes to offer as radio buttons (empty when nothing comes close). */
      candidates: CommuneChoisie[];
    };

const MAX_CANDIDATS = 10;

/**
 * Turns what was submitted in a commune field into one commune, without JavaScript if need be:
 * `code` is the INSEE code chosen in the autocomplete (hidden input) or among radio buttons; `text` is
 * what the field shows. A code is trusted when it agrees with the text (or the text is empty, or the
 * commune is one of the candidates the text leads to), so a stale hidden code never wins over new text.
 */
export async function resolveCommune(db: Db, text: string, code?: string | null): Promise<ResolutionCommune> {
  const recherche = analyserRecherche(text);
  const codeChoisi = code?.trim().toUpperCase();
  let choisie: CommuneLigne | null = null;
  if (codeChoisi && estCodeCommune(codeChoisi)) {
    choisie = await communeParCode(db, codeChoisi);
    if (choisie && (!recherche || correspond(recherche, choisie))) return trouvee(choisie);
  }
  const resolution = await resoudreTexte(db, text, recherche);
  if (!resolution.ok && choisie && resolution.candidates.some((c) => c.code === choisie.code)) {
    return trouvee(choisie);
  }
  return resolution;
}

function trouvee(commune: CommuneLigne): ResolutionCommune {
  return { ok: true, commune: presenterCommune(commune) };
}

function echec(
  code: 'commune_vide' | 'commune_introuvable' | 'commune_ambigue',
  message: string,
  candidats: CommuneLigne[],
): ResolutionCommune {
  return { ok: false, code, message, candidates: candidats.map(presenterCommune) };
}

/** Does the text designate this commune (its label, name, INSEE code or one of its postal codes)? */
function correspond(recherche: RechercheCommune, c: CommuneLigne): boolean {
  switch (recherche.type) {
    case 'code':
      return recherche.code === c.code || c.codesPostaux.includes(recherche.code);
    case 'debut-code-postal':
      return false;
    case 'nom':
      return (
        recherche.nom === c.nomRecherche &&
        (!recherche.codePostal || c.codesPostaux.includes(recherche.codePostal)) &&
        (!recherche.departement || recherche.departement === c.departement)
      );
  }
}

async function resoudreTexte(
  db: Db,
  text: string,
  recherche: RechercheCommune | null,
): Promise<ResolutionCommune> {
  if (!recherche) return echec('commune_vide', 'Indiquez une commune.', []);
  const saisie = text.trim();

  if (recherche.type === 'code') {
    const [parInsee, parCodePostal] = await Promise.all([
      communesParCodes(db, [recherche.code]),
      communesParCodePostal(db, recherche.code, MAX_CANDIDATS + 1),
    ]);
    const toutes = [
      ...parCodePostal,
      ...parInsee.filter((c) => !parCodePostal.some((p) => p.code === c.code)),
    ];
    if (toutes.length === 1) return trouvee(toutes[0]!);
    if (toutes.length === 0)
      return echec('commune_introuvable', `Aucune commune n’a le code « ${saisie} ».`, []);
    return echec(
      'commune_ambigue',
      `Plusieurs communes ont le code « ${saisie} » : choisissez la vôtre.`,
      toutes.slice(0, MAX_CANDIDATS),
    );
  }

  if (recherche.type === 'nom') {
    const filtre = { codePostal: recherche.codePostal, departement: recherche.departement };
    const exactes = await communesParNomExact(db, recherche.nom, filtre, MAX_CANDIDATS);
    if (exactes.length === 1) return trouvee(exactes[0]!);
    if (exactes.length > 1) {
      return echec(
        'commune_ambigue',
        `Plusieurs communes s’appellent « ${exactes[0]!.nom} » : choisissez la vôtre.`,
        exactes,
      );
    }
  }

  const proches = await rechercherCommunes(db, saisie, MAX_CANDIDATS);
  if (recherche.type === 'debut-code-postal') {
    return echec(
      'commune_introuvable',
      `« ${saisie} » n’est pas un code postal complet : saisissez ses cinq chiffres ou choisissez la commune.`,
      proches,
    );
  }
  if (proches.length === 0) {
    return echec(
      'commune_introuvable',
      `Aucune commune ne correspond à « ${saisie} ». Vérifiez l’orthographe ou saisissez le code postal.`,
      [],
    );
  }
  return echec(
    'commune_introuvable',
    `Aucune commune ne s’appelle exactement « ${saisie} » : choisissez parmi les communes proches.`,
    proches,
  );
}
