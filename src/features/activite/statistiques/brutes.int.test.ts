import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nouveauBeneficiaire, PROFIL_ANONYME, saisieActivite } from '../../../../tests/factories/activite.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { systemContext } from '../../../platform/context.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/demo/personas.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';
import { statistiquesBrutes } from './brutes.ts';

let t: TestContext;
const laon = { structureId: DEMO_STRUCTURES.laon.id, conseillerId: persona('conseiller').id };
const portee = { niveau: 'conseiller' as const, ...laon };

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2024-10-08T08:00:00Z');
  const ctx = systemContext(t.deps);
  const r = await enregistrerActivite(
    ctx,
    laon,
    saisieActivite({ date: '2024-09-30', participants: [nouveauBeneficiaire('Jeanne', 'Martin')] }),
  );
  if (!r.ok) throw new Error(r.error.message);
  const jeanne = r.value.accompagnements[0]!.beneficiaireId;
  await enregistrerActivite(
    ctx,
    laon,
    saisieActivite({
      date: '2024-10-02',
      thematiquesNumeriques: ['navigation_sur_internet', 'email'],
      participants: [{ sorte: 'existant', beneficiaireId: jeanne }],
    }),
  );
  await enregistrerActivite(
    ctx,
    laon,
    saisieActivite({
      type: 'collectif',
      titre: 'Atelier',
      niveau: 'debutant',
      autonomie: null,
      date: '2024-10-02',
      dureeMinutes: 90,
      thematiquesNumeriques: ['bureautique'],
      participants: [
        { sorte: 'existant', beneficiaireId: jeanne },
        { sorte: 'anonyme', profil: PROFIL_ANONYME },
        { sorte: 'anonyme', profil: PROFIL_ANONYME },
      ],
    }),
  );
});
afterAll(() => t.close());

describe('statistiques brutes', () => {
  it('compte activités, accompagnements, bénéficiaires distincts, nouveaux, suivis, anonymes', async () => {
    const s = await statistiquesBrutes(t.deps.db, portee, {});
    expect(s.totaux).toEqual({
      activites: 3,
      accompagnements: 5,
      beneficiaires: 3,
      beneficiairesNouveaux: 3,
      beneficiairesSuivis: 0,
      beneficiairesAnonymes: 2,
    });
    expect(s.seriesJour).toEqual([
      { periode: '2024-09-30', activites: 1, accompagnements: 1 },
      { periode: '2024-10-02', activites: 2, accompagnements: 4 },
    ]);
    expect(s.seriesMois.map((p) => p.periode)).toEqual(['2024-09', '2024-10']);
    expect(s.repartitions.type).toEqual([
      { code: 'individuel', nombre: 2, pourcentage: 67 },
      { code: 'collectif', nombre: 1, pourcentage: 33 },
    ]);
    expect(s.repartitions.thematiquesNumeriques.find((p) => p.code === 'email')?.nombre).toBe(2);
    expect(s.repartitions.genre).toEqual([
      { code: 'feminin', nombre: 3, pourcentage: 60 },
      { code: 'non_communique', nombre: 2, pourcentage: 40 },
    ]);
  });

  it('octobre seul : Jeanne est suivie (premier accompagnement en septembre)', async () => {
    const s = await statistiquesBrutes(t.deps.db, portee, { du: '2024-10-01', au: '2024-10-31' });
    expect(s.totaux).toMatchObject({
      activites: 2,
      accompagnements: 4,
      beneficiaires: 3,
      beneficiairesNouveaux: 2,
      beneficiairesSuivis: 1,
      beneficiairesAnonymes: 2,
    });
  });

  it('filtre thématique : les activités ayant au moins une des thématiques', async () => {
    const s = await statistiquesBrutes(t.deps.db, portee, {
      thematiquesNumeriques: ['email', 'bureautique'],
    });
    expect(s.totaux.activites).toBe(3);
    const seul = await statistiquesBrutes(t.deps.db, portee, { thematiquesNumeriques: ['bureautique'] });
    expect(seul.totaux).toMatchObject({ activites: 1, accompagnements: 3, beneficiaires: 3 });
  });

  it('une autre portée ne voit rien, un filtre ne peut pas élargir', async () => {
    const autre = { niveau: 'departement' as const, departementCode: '80' };
    expect((await statistiquesBrutes(t.deps.db, autre, {})).totaux.activites).toBe(0);
    const elargi = await statistiquesBrutes(t.deps.db, portee, { conseillerId: persona('laon').id });
    expect(elargi.totaux.activites).toBe(3);
    const national = { niveau: 'national' as const };
    expect((await statistiquesBrutes(t.deps.db, national, { departementCode: '80' })).totaux.activites).toBe(
      0,
    );
    expect((await statistiquesBrutes(t.deps.db, national, { departementCode: '02' })).totaux.activites).toBe(
      3,
    );
  });
});
