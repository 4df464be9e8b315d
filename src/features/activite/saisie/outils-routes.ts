import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../db/client.ts';
import { ForbiddenError, requireRole, userActor } from '../../../platform/http/guards.ts';
import { lieuxDeStructure } from '../../lieux/index.ts';
import { communeParCode, presenterCommune } from '../../territoires/index.ts';
import { beneficiaireSuivi, rechercherBeneficiaires } from '../beneficiaires/queries.ts';
import { peutEnregistrer } from '../policies/activite.ts';
import type { ValeursFormulaire } from './champs.ts';
import type { AuteurActivite } from './enregistrer-activite.ts';
import type { LieuPropose } from './pages/champs-activite.tsx';
import type { PersonneProposee } from './pages/champs-beneficiaire.tsx';

/** Advisers and structure staff, in a structure, allowed to record (others: 403, nobody: login). */
export const GARDE_SAISIE = {
  preHandler: [
    requireRole('conseiller', 'structure'),
    async (request: FastifyRequest) => {
      if (!peutEnregistrer(request.actor)) throw new ForbiddenError('Accès refusé');
    },
  ],
};

/** The signed-in person as the author of what they record: themselves, in their active structure. */
export function auteurDe(request: FastifyRequest): AuteurActivite {
  const acteur = userActor(request);
  return { structureId: acteur.active!.structureId!, conseillerId: acteur.userId };
}

export async function lieuxProposes(db: Db, structureId: string): Promise<LieuPropose[]> {
  const lieux = await lieuxDeStructure(db, structureId);
  return lieux.map((l) => ({ id: l.id, libelle: `${l.nom} — ${l.codePostal} ${l.commune}` }));
}

function libellePersonne(b: { prenom: string | null; nom: string | null; anneeNaissance: number | null }) {
  const nom = `${b.prenom ?? ''} ${b.nom ?? ''}`.trim() || 'Sans nom';
  return b.anneeNaissance ? `${nom} (née ou né en ${b.anneeNaissance})` : nom;
}

/** The search's matches, plus the people already chosen (kept checked when the page comes back). */
export async function personnesProposees(
  db: Db,
  auteur: AuteurActivite,
  recherche: string,
  choisis: string[],
): Promise<PersonneProposee[]> {
  const trouves = await rechercherBeneficiaires(db, auteur, recherche);
  const ids = new Set(trouves.map((b) => b.id));
  const manquants = await Promise.all(
    choisis
      .filter((id) => id && !ids.has(id))
      .slice(0, 100)
      .map((id) => beneficiaireSuivi(db, auteur, id)),
  );
  return [...manquants.filter((b) => b !== null), ...trouves].map((b) => ({
    id: b!.id,
    libelle: libellePersonne(b!),
  }));
}

/** A commune chosen by code only (a repeated activity): its label in the text field. */
export async function completerCommunes(db: Db, f: ValeursFormulaire, champs: string[]) {
  for (const champ of champs) {
    const code = f.v[`${champ}_code`];
    if (!code || f.v[champ]) continue;
    const c = await communeParCode(db, code);
    if (c) f.v[champ] = presenterCommune(c).libelle;
  }
}

/** A query parameter as one bounded text ("" when absent, repeated or odd). */
export function parametre(query: unknown, nom: string, max = 100): string {
  const v = (query as Record<string, unknown> | undefined)?.[nom];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
  return typeof v === 'string' && v.length <= max && !/[\u0000-\u001f\u007f]/.test(v) ? v : '';
}
