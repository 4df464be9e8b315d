import { describe, expect, it } from 'vitest';
import { lireFiltres } from './filtres.ts';

describe('lecture des filtres des statistiques', () => {
  it('lit des filtres valides, vides ignorés, thématiques répétées ou séparées par des virgules', () => {
    const r = lireFiltres({
      du: '2024-01-01',
      au: '2024-12-31',
      departementCode: '2a',
      structureId: '00000000-0000-4000-8000-000000000101',
      conseillerId: '',
      type: 'collectif',
      thematiquesNumeriques: ['email,sante', 'email'],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        du: '2024-01-01',
        au: '2024-12-31',
        departementCode: '2A',
        structureId: '00000000-0000-4000-8000-000000000101',
        type: 'collectif',
        thematiquesNumeriques: ['email', 'sante'],
      },
    });
    expect(lireFiltres({})).toEqual({ ok: true, value: {} });
  });

  it('refuse chaque champ invalide avec un message en français', () => {
    const r = lireFiltres({
      du: '2024-02-30',
      au: '31/12/2024',
      departementCode: '96',
      structureId: 'abc',
      conseillerId: "1' or 1=1",
      type: 'ponctuel',
      thematiquesNumeriques: 'email,inconnue',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.status).toBe(400);
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(
      ['au', 'conseillerId', 'departementCode', 'du', 'structureId', 'thematiquesNumeriques', 'type'].sort(),
    );
    expect(r.error.fields?.thematiquesNumeriques).toMatch(/inconnue/);
  });

  it('la date de fin ne peut pas précéder la date de début', () => {
    const r = lireFiltres({ du: '2024-05-01', au: '2024-04-30' });
    expect(!r.ok && r.error.fields?.au).toMatch(/postérieure ou égale/);
    expect(lireFiltres({ du: '2024-05-01', au: '2024-05-01' }).ok).toBe(true);
  });

  it('départements : métropole, Corse, outre-mer', () => {
    for (const d of ['01', '95', '2B', '971', '976', '988'])
      expect(lireFiltres({ departementCode: d }).ok).toBe(true);
    for (const d of ['00', '20', '96', '970', '9', 'AB'])
      expect(lireFiltres({ departementCode: d }).ok).toBe(false);
  });
});
