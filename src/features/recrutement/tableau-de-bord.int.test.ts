import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acteurPersona,
  type Contexte,
  candidatInscrit,
  creerContexte,
  structureCandidate,
  structureValidee,
} from '../../../tests/factories/recrutement.ts';
import { donnerAvis } from './candidatures/donner-avis.ts';
import { apparier } from './mises-en-relation/apparier.ts';
import { tableauDeBordDepartement } from './tableau-de-bord-departement.ts';

describe('tableau de bord départemental', () => {
  let t: Contexte;
  beforeAll(async () => {
    t = await creerContexte();
    t.clock.now = new Date('2021-03-01T09:00:00Z');
  });
  afterAll(() => t?.close());

  it('chiffre les avis, les candidats proches et la couverture QPV/ZRR du département', async () => {
    const p02 = await acteurPersona(t, 'prefecture02');
    const valide = await structureValidee(t, 2, { qpv: 'oui', zrr: 'on' });
    const enAttente = await structureCandidate(t, { qpv: 'non', zrr: '' });
    await donnerAvis(t.deps, p02, enAttente.candidatureId, {
      avis: 'defavorable',
      commentaire: 'Doublon avec une autre structure.',
    });
    await candidatInscrit(t);
    await apparier(t.deps, null, { structureIds: [valide.structureId], notifier: false });
    const r = await tableauDeBordDepartement(t.deps.db, p02, '02');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.avancement.postes.attribues).toBe(2);
    expect(r.value.avis).toMatchObject({ attendus: 1, donnes: 1, defavorables: 1, enRetard: 1 });
    expect(r.value.candidats).toMatchObject({ residents: 1, disponibles: 1, proposes: 1 });
    expect(r.value.couverture).toMatchObject({
      structuresValidees: 1,
      enQpv: 1,
      enZrr: 1,
      postesQpv: 2,
      postesZrr: 2,
    });
  });

  it('la préfecture de l’Aisne ne voit pas le tableau de bord de la Somme ; l’ANCT voit tout', async () => {
    const p02 = await acteurPersona(t, 'prefecture02');
    const r = await tableauDeBordDepartement(t.deps.db, p02, '80');
    expect(!r.ok && r.error.code).toBe('acces_refuse');
    const structure = await acteurPersona(t, 'laon');
    expect((await tableauDeBordDepartement(t.deps.db, structure, '02')).ok).toBe(false);
    const anct = await acteurPersona(t, 'anct');
    expect((await tableauDeBordDepartement(t.deps.db, anct, '80')).ok).toBe(true);
  });
});
