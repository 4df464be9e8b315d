import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  nouveauBeneficiaire,
  PROFIL_ANONYME,
  saisieActivite,
} from '../../../../../tests/factories/activite.ts';
import { createTestApp, type TestContext } from '../../../../../tests/helpers/app.ts';
import { activites } from '../../../../db/schema/index.ts';
import { systemContext } from '../../../../platform/context.ts';
import { DEMO_STRUCTURES, persona } from '../../../comptes/demo/personas.ts';
import { enregistrerActivite } from '../../saisie/enregistrer-activite.ts';
import { statistiquesBrutes } from '../brutes.ts';
import { calculerStatistiques } from '../calculer.ts';
import { appliquerActivite, appliquerPerimetre } from './appliquer.ts';
import { commandeRecalculer, commandeVerifier } from './commandes.ts';
import { tacheRecalculCompteurs } from './tache-recalcul.ts';
import { verifierCompteurs } from './verifier.ts';

const laon = { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('conseiller').id };
const asso = { structureId: DEMO_STRUCTURES.association.id, conseillerId: persona('association').id };
const national = { niveau: 'national' as const };
let t: TestContext;

async function enregistrer(auteur: typeof laon, extra: Parameters<typeof saisieActivite>[0]) {
  const r = await enregistrerActivite(systemContext(t.deps), auteur, saisieActivite(extra));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2024-12-10T08:00:00Z');
  const jeanne = (
    await enregistrer(laon, { date: '2024-03-04', participants: [nouveauBeneficiaire('J', 'M')] })
  ).accompagnements[0]!.beneficiaireId;
  await enregistrer(laon, {
    date: '2024-05-06',
    participants: [{ sorte: 'existant', beneficiaireId: jeanne }],
  });
  await enregistrer(laon, {
    date: '2024-04-02',
    thematiquesNumeriques: ['sante', 'email'],
    participants: [{ sorte: 'existant', beneficiaireId: jeanne }],
  });
  await enregistrer(asso, {
    type: 'collectif',
    titre: 'Atelier',
    niveau: 'debutant',
    autonomie: null,
    date: '2024-05-20',
    participants: [nouveauBeneficiaire('A', 'B'), { sorte: 'anonyme', profil: PROFIL_ANONYME }],
  });
});
afterAll(() => t.close());

describe('compteurs tenus à chaque enregistrement', () => {
  it('après une série d’enregistrements, aucun écart avec le recomptage', async () => {
    const lignes: string[] = [];
    expect(await commandeVerifier(t.deps.db, (l) => lignes.push(l))).toBe(0);
    expect(lignes.join('\n')).toMatch(/aucun écart/);
    const stats = await calculerStatistiques(t.deps.db, national, { du: '2024-04-01', au: '2024-05-31' });
    expect(stats.totaux).toMatchObject({
      activites: 3,
      accompagnements: 4,
      beneficiaires: 3,
      beneficiairesSuivis: 1,
    });
    expect(stats).toEqual(
      await statistiquesBrutes(t.deps.db, national, { du: '2024-04-01', au: '2024-05-31' }),
    );
  });

  it('un compteur faussé est signalé en français, recalculer le répare', async () => {
    await t.deps.db.execute(sql`update activite_stats_mois set n = n + 5
      where departement_code = '*' and thematique = '*' and dimension = 'totaux' and valeur = 'activites'
        and mois = '2024-05' and type = 'individuel'`);
    await t.deps.db.execute(sql`delete from activite_stats_presences where departement_code = '80'`);
    const lignes: string[] = [];
    expect(await commandeVerifier(t.deps.db, (l) => lignes.push(l))).toBe(1);
    const texte = lignes.join('\n');
    expect(texte).toMatch(/écart\(s\) avec le recomptage/);
    expect(texte).toMatch(/activite_stats_mois \[.*mois=2024-05.*valeur=activites\] n : attendu 1, trouvé 6/);
    expect(texte).toMatch(/activite_stats_presences \[departement_code=80/);
    const sortie: string[] = [];
    await commandeRecalculer(t.deps.db, (l) => sortie.push(l));
    expect(sortie.at(-1)).toMatch(/Compteurs recalculés : 3 mois/);
    expect(await verifierCompteurs(t.deps.db)).toEqual([]);
  });

  it('la tâche de fond recalcule mois par mois, avec progression', async () => {
    await t.deps.db.execute(sql`update activite_stats_jour set activites = activites + 1`);
    expect((await verifierCompteurs(t.deps.db)).length).toBeGreaterThan(0);
    const etapes: string[] = [];
    const r = await tacheRecalculCompteurs.executer(
      {
        ...systemContext(t.deps),
        tacheId: 'essai',
        progression: async (_fait, _total, etape) => {
          if (etape) etapes.push(etape);
        },
        ceder: async () => {},
      },
      {},
    );
    expect(r).toEqual({ mois: 3 });
    expect(etapes).toEqual(['mois 2024-03', 'mois 2024-04', 'mois 2024-05', 'communes 2024']);
    expect(await verifierCompteurs(t.deps.db)).toEqual([]);
  });

  it('20 enregistrements simultanés : les compteurs égalent le recomptage', async () => {
    const jeanne = (
      await enregistrer(laon, { date: '2024-06-03', participants: [nouveauBeneficiaire('C', 'D')] })
    ).accompagnements[0]!.beneficiaireId;
    const resultats = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        enregistrerActivite(
          systemContext(t.deps),
          i % 2 ? laon : asso,
          saisieActivite({
            date: `2024-0${6 + (i % 3)}-1${i % 10}`,
            participants: [
              i % 2 && i % 3 === 0
                ? { sorte: 'existant', beneficiaireId: jeanne }
                : { sorte: 'anonyme', profil: PROFIL_ANONYME },
            ],
          }),
        ),
      ),
    );
    expect(resultats.every((r) => r.ok)).toBe(true);
    expect(await verifierCompteurs(t.deps.db)).toEqual([]);
  });

  it('retirer puis supprimer une activité (−1) : les compteurs suivent', async () => {
    const a = await enregistrer(laon, { date: '2024-02-05', participants: [nouveauBeneficiaire('E', 'F')] });
    const avant = await calculerStatistiques(t.deps.db, national, {});
    await t.deps.db.transaction(async (tx) => {
      await appliquerActivite(tx, a.id, -1);
      await tx.delete(activites).where(eq(activites.id, a.id));
    });
    expect(await verifierCompteurs(t.deps.db)).toEqual([]);
    const apres = await calculerStatistiques(t.deps.db, national, {});
    expect(apres.totaux.activites).toBe(avant.totaux.activites - 1);
  });

  it('un changement de profil : −1 avant, +1 après sur le périmètre', async () => {
    const a = await enregistrer(laon, { date: '2024-02-06', participants: [nouveauBeneficiaire('G', 'H')] });
    const b = a.accompagnements[0]!.beneficiaireId;
    await t.deps.db.transaction(async (tx) => {
      const perimetre = { activiteIds: [a.id], beneficiaireIds: [b] };
      await appliquerPerimetre(tx, perimetre, -1);
      await tx.execute(
        sql`update beneficiaires set genre = 'masculin', anonyme = true where id = ${b}::uuid`,
      );
      await appliquerPerimetre(tx, perimetre, 1);
    });
    expect(await verifierCompteurs(t.deps.db)).toEqual([]);
  });
});
