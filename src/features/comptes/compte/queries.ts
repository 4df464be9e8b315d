import type { Db } from '../../../db/client.ts';
import { findUserById } from '../repo.ts';

/** What "Mon compte" shows: never the hashes or the TOTP secret. */
export interface CompteVue {
  prenom: string;
  nom: string;
  email: string;
  creeLe: Date;
  derniereConnexionLe: Date | null;
  totpActiveLe: Date | null;
  proconnectLie: boolean;
}

export async function chargerCompte(db: Db, userId: string): Promise<CompteVue | null> {
  const user = await findUserById(db, userId);
  if (!user) return null;
  return {
    prenom: user.prenom,
    nom: user.nom,
    email: user.email,
    creeLe: user.creeLe,
    derniereConnexionLe: user.derniereConnexionLe,
    totpActiveLe: user.totpActiveLe,
    proconnectLie: user.proconnectSub !== null,
  };
}
