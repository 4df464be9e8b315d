import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nouveauBeneficiaire, PROFIL_ANONYME, saisieActivite } from '../../../../tests/factories/activite.ts';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { accompagnements, activites, beneficiaires, evenementsAudit } from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { LIEUX_DEMO_GERES, seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { enregistrerActivite } from './enregistrer-activite.ts';

const LUNDI = new Date('2024-10-08T08:00:00Z');
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = LUNDI;
  await seedLieuxDemo(t.deps.db, LUNDI);
});
afterAll(() => t.close());

const laon = { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('conseiller').id };

describe('enregistrer une activité', () => {
  it('écrit l’activité, un accompagnement par personne, le bénéficiaire et le journal, tout ensemble', async () => {
    const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
    const r = await enregistrerActivite(
      ctx,
      laon,
      saisieActivite({ participants: [nouveauBeneficiaire('Jeanne', 'Martin')] }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.accompagnements).toHaveLength(1);
    expect(r.value.accompagnements[0]!.premier).toBe(true);
    const [b] = await t.deps.db
      .select()
      .from(beneficiaires)
      .where(eq(beneficiaires.id, r.value.accompagnements[0]!.beneficiaireId));
    expect(b).toMatchObject({ prenom: 'Jeanne', anonyme: false, derniereActivite: '2024-10-07' });
    expect(b!.consentementLe).not.toBeNull();
    const [a] = await t.deps.db.select().from(activites).where(eq(activites.id, r.value.id));
    expect(a).toMatchObject({ departementCode: '02', versionThematiques: '2024', source: 'saisie' });
    const journal = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.entiteId, r.value.id));
    expect(journal.map((e) => e.action)).toEqual(['activite.enregistrement']);

    // The same person again: not a first accompaniment any more.
    const encore = await enregistrerActivite(
      ctx,
      laon,
      saisieActivite({ participants: [{ sorte: 'existant', beneficiaireId: b!.id }] }),
    );
    expect(encore.ok && encore.value.accompagnements[0]!.premier).toBe(false);
  });

  it('un atelier collectif : un accompagnement par participant, lieu de la structure', async () => {
    const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
    const r = await enregistrerActivite(
      ctx,
      laon,
      saisieActivite({
        type: 'collectif',
        titre: 'Découvrir sa boîte mail',
        niveau: 'debutant',
        autonomie: null,
        typeLieu: 'lieu_activite',
        lieuId: LIEUX_DEMO_GERES.laon,
        participants: Array.from({ length: 7 }, () => ({
          sorte: 'anonyme' as const,
          profil: PROFIL_ANONYME,
        })),
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lignes = await t.deps.db
      .select()
      .from(accompagnements)
      .where(eq(accompagnements.activiteId, r.value.id));
    expect(lignes).toHaveLength(7);
    expect(lignes.every((l) => l.type === 'collectif' && l.departementCode === '02')).toBe(true);
  });

  it('refuse une durée nulle, 3 000 minutes, une date future, 500 participants, une thématique inconnue — rien d’écrit', async () => {
    const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
    const avant = (await t.deps.db.select().from(activites)).length;
    const cas = [
      saisieActivite({ dureeMinutes: 0 }),
      saisieActivite({ dureeMinutes: 3000 }),
      saisieActivite({ date: '2024-10-09' }),
      saisieActivite({
        type: 'collectif',
        titre: 'Trop',
        autonomie: null,
        participants: Array.from({ length: 500 }, () => ({
          sorte: 'anonyme' as const,
          profil: PROFIL_ANONYME,
        })),
      }),
      saisieActivite({ thematiquesNumeriques: ['astrologie' as never] }),
    ];
    for (const saisie of cas) {
      const r = await enregistrerActivite(ctx, laon, saisie);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('saisie_invalide');
        expect(Object.values(r.error.fields ?? {}).join(' ')).toMatch(/[éèàç]|^[A-Z]/);
      }
    }
    expect((await t.deps.db.select().from(activites)).length).toBe(avant);
  });

  it('le bénéficiaire d’un autre conseiller ou d’une autre structure est introuvable', async () => {
    const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
    const [autre] = await t.deps.db
      .insert(beneficiaires)
      .values({
        conseillerId: persona('laon').id,
        structureId: DEMO_STRUCTURES.laon.id,
        anonyme: false,
        prenom: 'A',
        nom: 'B',
      })
      .returning();
    const r = await enregistrerActivite(
      ctx,
      laon,
      saisieActivite({ participants: [{ sorte: 'existant', beneficiaireId: autre!.id }] }),
    );
    expect(r.ok ? null : r.error.code).toBe('beneficiaire_introuvable');
  });

  it('refuse d’enregistrer pour une autre structure ou un autre conseiller', async () => {
    const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
    const r1 = await enregistrerActivite(
      ctx,
      { ...laon, structureId: DEMO_STRUCTURES.association.id },
      saisieActivite(),
    );
    const r2 = await enregistrerActivite(
      ctx,
      { ...laon, conseillerId: persona('laon').id },
      saisieActivite(),
    );
    expect([r1, r2].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['acces_refuse', 'acces_refuse']);
    const pref = contexteDe(t.deps, await acteurPersona(t, 'prefecture02'));
    const r3 = await enregistrerActivite(pref, laon, saisieActivite());
    expect(r3.ok ? 'ok' : r3.error.code).toBe('acces_refuse');
  });

  it('refuse un lieu qui n’est pas à la structure', async () => {
    const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
    const r = await enregistrerActivite(
      ctx,
      laon,
      saisieActivite({ typeLieu: 'lieu_activite', lieuId: '00000000-0000-4000-8000-00000000dead' }),
    );
    expect(r.ok ? 'ok' : r.error.code).toBe('lieu_introuvable');
  });
});
