import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUtilisateur } from '../../../../tests/factories/utilisateur.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { submitLogin } from '../../../../tests/helpers/comptes.ts';
import { adhesions, evenementsAudit, utilisateurs } from '../../../db/schema/index.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import { inTransaction, systemContext } from '../../../platform/context.ts';
import { fail } from '../../../platform/result.ts';
import { DEMO_STRUCTURES, persona } from '../demo/personas.ts';
import { creerUtilisateur } from './creer-utilisateur.ts';

describe('création d’un compte (ligne de commande)', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('crée un agent de préfecture avec un mot de passe généré, journalisé sans acteur', async () => {
    const result = await creerUtilisateur(systemContext(t.deps), {
      email: 'Agent.Prefecture@aisne.gouv.fr',
      prenom: 'Jeanne',
      nom: 'Lambert',
      role: 'prefecture',
      departement: '02',
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.motDePasseGenere).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const [m] = await t.deps.db.select().from(adhesions).where(eq(adhesions.utilisateurId, result.value.id));
    expect(m).toMatchObject({ role: 'prefecture', departementCode: '02', structureId: null });
    const [event] = await t.deps.db
      .select()
      .from(evenementsAudit)
      .where(eq(evenementsAudit.entiteId, result.value.id));
    expect(event).toMatchObject({ action: 'utilisateur.cree', acteurId: null, departementCode: '02' });
    expect(event?.details).toMatchObject({ source: 'cli', role: 'prefecture' });
    const login = await submitLogin(t, 'agent.prefecture@aisne.gouv.fr', result.value.motDePasseGenere!);
    expect(login.res.statusCode).toBe(303);
  });

  it('retrouve la structure par son SIRET', async () => {
    const result = await creerUtilisateur(systemContext(t.deps), {
      email: 'mediatrice@laon.fr',
      prenom: 'Inès',
      nom: 'Garnier',
      role: 'conseiller',
      structure: DEMO_STRUCTURES.laon.siret,
      motDePasse: 'Une phrase de passe solide',
    });
    expect(result.ok).toBe(true);
    const [row] = await t.deps.db
      .select()
      .from(utilisateurs)
      .where(eq(utilisateurs.email, 'mediatrice@laon.fr'));
    const [m] = await t.deps.db.select().from(adhesions).where(eq(adhesions.utilisateurId, row!.id));
    expect(m!.structureId).toBe(DEMO_STRUCTURES.laon.id);
  });

  it.each([
    [{ role: 'prefecture' }, 'portee_invalide'],
    [{ role: 'structure', departement: '02' }, 'portee_invalide'],
    [{ role: 'anct', departement: '02' }, 'portee_invalide'],
    [{ role: 'prefecture', departement: '999' }, 'departement_inconnu'],
    [{ role: 'aidant', structure: '12345678901234' }, 'structure_inconnue'],
    [{ role: 'chef' }, 'champs_invalides'],
    [{ role: 'candidat', motDePasse: 'court' }, 'mot_de_passe_invalide'],
    [{ role: 'candidat', email: persona('laon').email.toUpperCase() }, 'email_deja_utilise'],
  ])('refuse %o (%s)', async (overrides, code) => {
    const result = await creerUtilisateur(systemContext(t.deps), buildUtilisateur(overrides));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[a-zé]/);
    }
  });

  it('rejoint la transaction de l’appelant : un échec de l’appelant retire le compte et son journal', async () => {
    const donnees = buildUtilisateur();
    let cree: string | null = null;
    const result = await inTransaction(systemContext(t.deps), async (ctx) => {
      const compte = await creerUtilisateur(ctx, donnees, {
        motDePasseHash: await hashPassword('x'),
        source: 'test',
      });
      if (!compte.ok) return compte;
      cree = compte.value.id;
      expect(compte.value).toMatchObject({ motDePasseGenere: null, role: 'candidat' });
      expect(compte.value.adhesionId).toMatch(/^[0-9a-f-]{36}$/);
      return fail('refus_appelant', 'L’appelant renonce.', 409);
    });
    expect(result.ok).toBe(false);
    expect(cree).not.toBeNull();
    expect(await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, cree!))).toEqual([]);
    expect(await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, cree!))).toEqual(
      [],
    );
  });
});
