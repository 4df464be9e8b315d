import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux, lieuxProvenances } from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES } from '../../comptes/index.ts';
import { luhnValide } from '../../structures/index.ts';
import { analyserHoraires } from '../domain/horaires.ts';
import { genererLieu, idLieuGenere, type LieuGenere, prng } from './generateur.ts';
import { VILLES } from './villes.ts';

/** Demo places: series 1 of generated ids; a fixed seed gives the same places on every machine. */
export const SERIE_DEMO = 1;
const GRAINE = 20210204;
export const SOURCE_DEMO = 'Démonstration Maillage';

/** Places managed by the demo structures (ids are stable: tests and the README may name them). */
export const LIEUX_DEMO_GERES = {
  /** Laon, owned by the commune, not updated for 8 months: "à actualiser". */
  laonPerime: idLieuGenere(SERIE_DEMO, 0),
  laon: idLieuGenere(SERIE_DEMO, 1),
} as const;

export function genererLieuxDemo(maintenant: Date): (LieuGenere & { structureId: string | null })[] {
  const r = prng(GRAINE);
  const out: (LieuGenere & { structureId: string | null })[] = [];
  let n = 0;
  for (const ville of VILLES) {
    for (let i = 0; i < ville[5]; i++) {
      const lieu = genererLieu(r, ville, idLieuGenere(SERIE_DEMO, n), maintenant, { tauxPerime: 0.15 });
      out.push({ ...lieu, structureId: null });
      n++;
    }
  }
  const jour = (jours: number) =>
    new Date(maintenant.getTime() - jours * 86_400_000).toISOString().slice(0, 10);
  const gerer = (i: number, s: (typeof DEMO_STRUCTURES)[keyof typeof DEMO_STRUCTURES], jours: number) => {
    const l = out[i]!;
    l.structureId = s.id;
    // The structure's SIRET when it passes the checksum (the edit form checks it), else the generated one.
    if (luhnValide(s.siret)) l.pivot = s.siret;
    l.dateMaj = jour(jours);
    if (!l.services.includes('Aide aux démarches administratives'))
      l.services.unshift('Aide aux démarches administratives');
  };
  // Laon (first 10 places): three managed by the commune, one of them stale; two by the agglomeration.
  gerer(0, DEMO_STRUCTURES.laon, 240);
  out[0]!.nom = 'Espace numérique de l’Hôtel de Ville de Laon';
  out[0]!.courriels = ['espace-numerique-laon@demo.maillage.fr'];
  out[0]!.horaires = 'Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off';
  gerer(1, DEMO_STRUCTURES.laon, 20);
  out[1]!.nom = 'Médiathèque Suzanne Martinet';
  out[1]!.courriels = ['mediatheque-laon@demo.maillage.fr'];
  out[1]!.horaires = 'Tu-Sa 10:00-12:30,14:00-18:00';
  gerer(2, DEMO_STRUCTURES.laon, 45);
  gerer(10, DEMO_STRUCTURES.paysDeLaon, 30);
  gerer(11, DEMO_STRUCTURES.paysDeLaon, 260);
  // Amiens: the association.
  const amiens = out.findIndex((l) => l.codeInsee === '80021');
  gerer(amiens, DEMO_STRUCTURES.association, 10);
  gerer(amiens + 1, DEMO_STRUCTURES.association, 400);
  return out;
}

function empreinte(l: LieuGenere): string {
  return createHash('sha256').update(JSON.stringify(l)).digest('hex');
}

/**
 * Inserts the demo places once (a later start sees the first one and stops): owners, provenance,
 * parsed hours. Demo mode only; skipped by the tests' golden database.
 */
export async function seedLieuxDemo(db: Db, maintenant: Date): Promise<{ crees: number }> {
  const [deja] = await db
    .select({ id: lieux.id })
    .from(lieux)
    .where(eq(lieux.id, idLieuGenere(SERIE_DEMO, 0)));
  if (deja) return { crees: 0 };
  const tous = genererLieuxDemo(maintenant);
  await db.transaction(async (tx) => {
    for (let i = 0; i < tous.length; i += 200) {
      const lot = tous.slice(i, i + 200);
      await tx
        .insert(lieux)
        .values(lot.map((l) => ({ ...l, horairesAnalyse: analyserHoraires(l.horaires, l) })))
        .onConflictDoNothing();
      await tx
        .insert(lieuxProvenances)
        .values(
          lot.map((l) => ({
            lieuId: l.id,
            lieuOrigineId: l.id,
            source: SOURCE_DEMO,
            idSource: `demo-${l.id.slice(-6)}`,
            empreinte: empreinte(l),
          })),
        )
        .onConflictDoNothing();
    }
  });
  return { crees: tous.length };
}
