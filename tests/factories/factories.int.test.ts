import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adhesions, lieux, structures } from '../../src/db/schema/index.ts';
import { creerUtilisateur } from '../../src/features/comptes/utilisateurs/creer-utilisateur.ts';
import { creerLieu } from '../../src/features/lieux/gestion/creer-lieu.ts';
import { lireValeurs } from '../../src/features/lieux/gestion/formulaire.ts';
import { isSiret } from '../../src/features/structures/domain/siret.ts';
import { systemContext } from '../../src/platform/context.ts';
import { contexteDe } from '../helpers/contexte.ts';
import { buildLieu, formulaireLieu } from './lieu.ts';
import { acteurUtilisateur, type Contexte, creerContexte } from './recrutement.ts';
import { buildStructure, insererStructure } from './structure.ts';
import { buildUtilisateur } from './utilisateur.ts';

let t: Contexte;
beforeAll(async () => {
  t = await creerContexte();
});
afterAll(() => t.close());

/** A new structure and its manager, created as an operator would (maillage utilisateurs creer). */
async function gestionnaireDe(structureId: string) {
  const r = await creerUtilisateur(
    systemContext(t.deps),
    buildUtilisateur({ role: 'structure', structure: structureId }),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('fabriques de données de test', () => {
  it('buildStructure : une ligne valide, différente à chaque appel, qui s’insère telle quelle', async () => {
    const a = buildStructure();
    const b = buildStructure({ nom: 'Association Numérique pour tous', type: 'ASSOCIATION' });
    expect(isSiret(a.siret!)).toBe(true);
    expect(a.siret).not.toBe(b.siret);
    expect(b).toMatchObject({
      nom: 'Association Numérique pour tous',
      type: 'ASSOCIATION',
      departementCode: '02',
    });
    const inseree = await insererStructure(t.deps.db, { nom: 'Commune de Chambry' });
    const [lue] = await t.deps.db.select().from(structures).where(eq(structures.id, inseree.id));
    expect(lue).toMatchObject({
      nom: 'Commune de Chambry',
      type: 'COMMUNE',
      departementCode: '02',
      communeCode: '02408',
    });
  });

  it('buildUtilisateur : le cas d’usage de création de compte l’accepte, par défaut et pour une structure', async () => {
    const candidat = await creerUtilisateur(systemContext(t.deps), buildUtilisateur());
    expect(candidat.ok && candidat.value).toMatchObject({ role: 'candidat', motDePasseGenere: null });
    const structure = await insererStructure(t.deps.db);
    const gestionnaire = await gestionnaireDe(structure.id);
    const [adhesion] = await t.deps.db
      .select()
      .from(adhesions)
      .where(eq(adhesions.utilisateurId, gestionnaire.id));
    expect(adhesion).toMatchObject({ role: 'structure', structureId: structure.id });
    expect(buildUtilisateur().email).not.toBe(buildUtilisateur().email);
  });

  it('buildLieu : le cas d’usage de création de lieu l’accepte pour une structure neuve', async () => {
    const structure = await insererStructure(t.deps.db);
    const gestionnaire = await gestionnaireDe(structure.id);
    const acteur = await acteurUtilisateur(t, gestionnaire.id);
    const r = await creerLieu(
      contexteDe(t.deps, acteur),
      lireValeurs(buildLieu({ nom: 'Espace numérique de test' })),
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    const [lieu] = await t.deps.db.select().from(lieux).where(eq(lieux.id, r.value.id));
    expect(lieu).toMatchObject({
      nom: 'Espace numérique de test',
      structureId: structure.id,
      codeInsee: '02408',
    });
    expect(lieu!.horaires).toContain('Mo-Fr 09:00-12:00,14:00-17:30');
    expect(
      formulaireLieu({ services: ['Accès internet et matériel informatique'] }).getAll('services'),
    ).toEqual(['Accès internet et matériel informatique']);
  });
});
