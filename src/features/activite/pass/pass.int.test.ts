import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saisieActivite } from '../../../../tests/factories/activite.ts';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { activitePassCheques, evenementsAudit } from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';
import type { ChequeSaisi } from './domain.ts';
import { enregistrerChequesUtilises } from './enregistrer-cheques.ts';
import { parametrerPass } from './parametrer.ts';
import { verifierCheque } from './verifier-cheque.ts';

const JOUR = new Date('2025-03-12T09:00:00Z');
let t: TestContext;

const cheque = (numero: string, extra: Partial<ChequeSaisi> = {}): ChequeSaisi => ({
  numero,
  emetteur: 'APTIC',
  valeurCentimes: 1000,
  valableJusquau: '2025-12-31',
  ...extra,
});

async function activiteDe(key: 'conseiller' | 'laon' | 'association', date = '2025-03-10') {
  const acteur = await acteurPersona(t, key);
  const r = await enregistrerActivite(
    contexteDe(t.deps, acteur),
    { structureId: acteur.active!.structureId!, conseillerId: acteur.userId },
    saisieActivite({ date }),
  );
  if (!r.ok) throw new Error(r.error.message);
  return {
    id: r.value.id,
    accompagnementId: r.value.accompagnements[0]!.id,
    ctx: contexteDe(t.deps, acteur),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = JOUR;
  await parametrerPass(contexteDe(t.deps, await acteurPersona(t, 'laon')), true);
  await parametrerPass(contexteDe(t.deps, await acteurPersona(t, 'association')), true);
});
afterAll(() => t.close());

describe('pass numérique : chèques utilisés', () => {
  it('enregistre un chèque (numéro normalisé), avec le journal, puis refuse le même numéro en donnant la date', async () => {
    const a = await activiteDe('conseiller');
    const r = await enregistrerChequesUtilises(a.ctx, {
      activiteId: a.id,
      accompagnementId: a.accompagnementId,
      cheques: [cheque('ab12 cd34-ef')],
    });
    expect(r.ok).toBe(true);
    const [ligne] = await t.deps.db
      .select()
      .from(activitePassCheques)
      .where(eq(activitePassCheques.numero, 'AB12CD34EF'));
    expect(ligne).toMatchObject({
      structureId: DEMO_STRUCTURES.laon.id,
      activiteId: a.id,
      accompagnementId: a.accompagnementId,
      dateActivite: '2025-03-10',
      enregistrePar: persona('conseiller').id,
    });
    const journal = await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, a.id));
    expect(journal.map((e) => e.action)).toContain('activite.pass.cheques');

    // Another structure, the same cheque: refused, with the day, without who.
    const b = await activiteDe('association');
    const encore = await enregistrerChequesUtilises(b.ctx, {
      activiteId: b.id,
      cheques: [cheque('AB12CD34EF')],
    });
    expect(encore.ok).toBe(false);
    if (encore.ok) return;
    expect(encore.error.code).toBe('cheque_deja_utilise');
    expect(encore.error.message).toContain('10 mars 2025');
    expect(encore.error.message).not.toContain('Laon');
    expect(encore.error.message).not.toContain('Petit');
  });

  it('refuse un chèque expiré à la date de l’activité, un format invalide, un doublon dans la liste — rien n’est écrit', async () => {
    const a = await activiteDe('conseiller', '2025-03-01');
    const expire = await enregistrerChequesUtilises(a.ctx, {
      activiteId: a.id,
      cheques: [cheque('EXPIRE0001', { valableJusquau: '2025-02-28' })],
    });
    expect(!expire.ok && expire.error.code).toBe('cheque_expire');
    expect(!expire.ok && expire.error.message).toContain('28 février 2025');

    const invalide = await enregistrerChequesUtilises(a.ctx, {
      activiteId: a.id,
      cheques: [cheque('VALIDE0001'), cheque('A1*', { valeurCentimes: 20_000 })],
    });
    expect(!invalide.ok && invalide.error.code).toBe('cheque_invalide');
    expect(!invalide.ok && invalide.error.fields).toMatchObject({
      'cheques.1.numero': expect.stringContaining('8 à 20'),
      'cheques.1.valeur': expect.stringContaining('entre 1 et 100'),
    });
    const doublon = await enregistrerChequesUtilises(a.ctx, {
      activiteId: a.id,
      cheques: [cheque('DOUBLE0001'), cheque('double 0001')],
    });
    expect(!doublon.ok && doublon.error.code).toBe('cheque_en_double');
    const ecrits = await t.deps.db
      .select()
      .from(activitePassCheques)
      .where(eq(activitePassCheques.activiteId, a.id));
    expect(ecrits).toHaveLength(0);
  });

  it('refuse l’activité d’un autre conseiller et une structure qui n’accepte pas le pass', async () => {
    const a = await activiteDe('conseiller');
    const gestionnaire = contexteDe(t.deps, await acteurPersona(t, 'laon'));
    const autre = await enregistrerChequesUtilises(gestionnaire, {
      activiteId: a.id,
      cheques: [cheque('AUTRE00001')],
    });
    expect(!autre.ok && autre.error.code).toBe('activite_introuvable');
    const ailleurs = contexteDe(t.deps, await acteurPersona(t, 'association'));
    const r = await enregistrerChequesUtilises(ailleurs, {
      activiteId: a.id,
      cheques: [cheque('AUTRE00002')],
    });
    expect(!r.ok && r.error.code).toBe('activite_introuvable');

    await parametrerPass(gestionnaire, false);
    const refuse = await enregistrerChequesUtilises(a.ctx, {
      activiteId: a.id,
      cheques: [cheque('NONACCEPTE1')],
    });
    expect(!refuse.ok && refuse.error.code).toBe('pass_non_accepte');
    await parametrerPass(gestionnaire, true);
  });

  it('un conseiller ne règle pas l’acceptation du pass', async () => {
    const r = await parametrerPass(contexteDe(t.deps, await acteurPersona(t, 'conseiller')), false);
    expect(!r.ok && r.error.code).toBe('acces_refuse');
  });

  it('deux structures utilisent en même temps le même numéro : une seule réussit', async () => {
    const a = await activiteDe('conseiller');
    const b = await activiteDe('association');
    const resultats = await Promise.all([
      enregistrerChequesUtilises(a.ctx, { activiteId: a.id, cheques: [cheque('COURSE0001')] }),
      enregistrerChequesUtilises(b.ctx, { activiteId: b.id, cheques: [cheque('COURSE0001')] }),
    ]);
    expect(resultats.filter((r) => r.ok)).toHaveLength(1);
    const perdant = resultats.find((r) => !r.ok);
    expect(perdant && !perdant.ok && perdant.error.code).toBe('cheque_deja_utilise');
    const lignes = await t.deps.db
      .select()
      .from(activitePassCheques)
      .where(eq(activitePassCheques.numero, 'COURSE0001'));
    expect(lignes).toHaveLength(1);
  });

  it('joint la transaction de l’appelant : un refus ultérieur annule aussi les chèques', async () => {
    const a = await activiteDe('conseiller');
    await expect(
      t.deps.db.transaction(async (tx) => {
        const r = await enregistrerChequesUtilises(
          { ...a.ctx, db: tx as never },
          { activiteId: a.id, cheques: [cheque('ANNULE0001')] },
        );
        expect(r.ok).toBe(true);
        throw new Error('annulation');
      }),
    ).rejects.toThrow('annulation');
    expect((await verifierCheque(t.deps.db, cheque('ANNULE0001'), '2025-03-10')).ok).toBe(true);
  });
});
