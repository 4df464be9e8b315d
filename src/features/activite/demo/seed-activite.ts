import type { Config } from '../../../config/env.ts';
import type { Database, Db } from '../../../db/client.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import { creerUtilisateur, generatePassword } from '../../comptes/index.ts';
import { lieuxDeStructure } from '../../lieux/index.ts';
import { chargerStructure, insererStructuresDemo } from '../../structures/index.ts';
import { recalculerCompteurs } from '../statistiques/compteurs/recalculer.ts';
import { ecrireLots } from './ecrire-lots.ts';
import { type ConseillerGenere, genererConseiller } from './generateur.ts';
import { conseillersDemo, STRUCTURES_ACTIVITE_DEMO } from './structures-demo.ts';

/** A fixed seed: the same activity on every machine (relative to the day the seed runs). */
export const GRAINE_DEMO = 20_211_104;
export const MOIS_DEMO = 18;

export interface BilanSeed {
  conseillers: number;
  activites: number;
  accompagnements: number;
  beneficiaires: number;
  ms: number;
  /** Of which the summary tables' rebuild. */
  msCompteurs: number;
}

function moisAvant(jour: string, mois: number): string {
  const d = new Date(`${jour}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - mois);
  return d.toISOString().slice(0, 10);
}

/**
 * Eighteen months of activity up to today for the demo conseiller and a few dozen others (accounts and
 * structures created here) and the statistics summary tables rebuilt, all or nothing. Skipped
 * when it already ran.
 */
export async function seedActiviteDemo(
  database: Database,
  config: Config,
  maintenant: Date,
): Promise<BilanSeed | null> {
  const t0 = performance.now();
  const { db } = database;
  // The seed's own structure, written in the same transaction as the activity: present means done
  // (other demo data may also carry source = 'demo').
  if (await chargerStructure(db, STRUCTURES_ACTIVITE_DEMO[0]!.id)) return null;
  // Nobody signs in as the extra conseillers: their password is random, never shown.
  const hash = await hashPassword(generatePassword());
  const au = jourParis(maintenant);
  const du = moisAvant(au, MOIS_DEMO);
  return db.transaction(async (tx) => {
    const ctx: UseCaseContext = {
      db: tx as unknown as Db,
      now: maintenant,
      actor: null,
      ip: null,
      config,
      mailer: { send: async () => {} },
      engine: database.engine,
      log: (e) => console.error(e),
    };
    await insererStructuresDemo(ctx.db, STRUCTURES_ACTIVITE_DEMO);
    const generes: ConseillerGenere[] = [];
    for (const c of conseillersDemo()) {
      let conseillerId = c.personaId;
      if (!conseillerId) {
        const r = await creerUtilisateur(
          ctx,
          { email: c.email, prenom: c.prenom, nom: c.nom, role: 'conseiller', structure: c.structureId },
          { motDePasseHash: hash, source: 'demo', demo: true },
        );
        if (!r.ok) throw new Error(`compte de démonstration ${c.email} : ${r.error.message}`);
        conseillerId = r.value.id;
      }
      const lieux = await lieuxDeStructure(ctx.db, c.structureId);
      generes.push({
        conseillerId,
        structureId: c.structureId,
        departementCode: c.departementCode,
        communeInsee: c.communeInsee,
        lieux: lieux.map((l) => ({ id: l.id, codeInsee: l.codeInsee, departementCode: l.departementCode })),
        intensite: c.intensite,
        // Accounts get random ids: the address keeps the activity the same on every machine.
        cle: c.email,
      });
    }
    const blocs = generes.map((g) => genererConseiller(g, { graine: GRAINE_DEMO, du, au, source: 'demo' }));
    await ecrireLots(ctx.db, blocs);
    // The bulk insert bypasses the summary tables: rebuild them from the raw rows, same transaction.
    const t1 = performance.now();
    await recalculerCompteurs(ctx.db);
    const msCompteurs = Math.round(performance.now() - t1);
    return {
      conseillers: generes.length,
      activites: blocs.reduce((n, b) => n + b.activites.length, 0),
      accompagnements: blocs.reduce((n, b) => n + b.accompagnements.length, 0),
      beneficiaires: blocs.reduce((n, b) => n + b.beneficiaires.length, 0),
      ms: Math.round(performance.now() - t0),
      msCompteurs,
    };
  });
}
