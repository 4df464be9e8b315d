import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { adhesions, sessions, utilisateurs } from '../../../db/schema/index.ts';
import { inTransaction, systemContext } from '../../../platform/context.ts';
import { fail, ok } from '../../../platform/result.ts';
import { DEMO_STRUCTURES } from '../demo/personas.ts';
import { creerUtilisateur } from './creer-utilisateur.ts';
import { attribuerRole, effacerCompteSansAutreRole, retirerRole } from './roles-attribues.ts';

describe('rôles donnés ou repris par le cas d’usage d’une autre fonctionnalité', () => {
  let t: TestContext;
  let utilisateurId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const cree = await creerUtilisateur(systemContext(t.deps), {
      email: 'camille.candidate@exemple.fr',
      prenom: 'Camille',
      nom: 'Durand',
      role: 'candidat',
    });
    if (!cree.ok) throw new Error(cree.error.message);
    utilisateurId = cree.value.id;
  });
  afterAll(() => t.close());

  const roles = async () =>
    (await t.deps.db.select().from(adhesions).where(eq(adhesions.utilisateurId, utilisateurId)))
      .map((a) => `${a.role}:${a.structureId ?? '-'}`)
      .sort();

  it('attribuer deux fois le même rôle garde une seule adhésion ; retirer ne touche que ce rôle', async () => {
    const structureId = DEMO_STRUCTURES.laon.id;
    const role = { utilisateurId, role: 'conseiller' as const, structureId };
    const premier = await attribuerRole(systemContext(t.deps), role);
    const second = await attribuerRole(systemContext(t.deps), role);
    expect(second).toBe(premier);
    expect(await roles()).toEqual(['candidat:-', `conseiller:${structureId}`]);
    await retirerRole(systemContext(t.deps), role);
    expect(await roles()).toEqual(['candidat:-']);
  });

  it('dans la transaction de l’appelant : son échec annule aussi le rôle', async () => {
    const structureId = DEMO_STRUCTURES.laon.id;
    const r = await inTransaction(systemContext(t.deps), async (tx) => {
      await attribuerRole(tx, { utilisateurId, role: 'conseiller', structureId });
      return fail('refuse', 'Refus de l’appelant.', 409);
    });
    expect(r.ok).toBe(false);
    expect(await roles()).toEqual(['candidat:-']);
  });

  it('effacer un compte sans autre rôle : désactivé, identité remplacée, sessions closes', async () => {
    const r = await inTransaction(systemContext(t.deps), async (tx) => {
      await effacerCompteSansAutreRole(tx, { utilisateurId, role: 'candidat' });
      return ok(null);
    });
    expect(r.ok).toBe(true);
    const [u] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, utilisateurId));
    expect(u).toMatchObject({ actif: false, prenom: 'Compte', nom: 'effacé', motDePasseHash: null });
    expect(u?.email).toBe(`efface-${utilisateurId}@invalid`);
    expect(await roles()).toEqual([]);
    expect(await t.deps.db.select().from(sessions).where(eq(sessions.utilisateurId, utilisateurId))).toEqual(
      [],
    );
  });
});
