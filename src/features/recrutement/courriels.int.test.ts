import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Contexte, creerContexte, structureCandidate } from '../../../tests/factories/recrutement.ts';
import { persona } from '../comptes/index.ts';

describe('courriels du programme', () => {
  let t: Contexte;
  beforeAll(async () => {
    t = await creerContexte();
  });
  afterAll(() => t?.close());

  it('la préfecture du département (et elle seule) est prévenue d’une nouvelle candidature de structure', async () => {
    t.mailer.sent.length = 0;
    const s = await structureCandidate(t, { nom: 'Centre social de Laon' });
    const aisne = t.mailer.sent.filter((m) => m.to === persona('prefecture02').email);
    expect(aisne).toHaveLength(1);
    expect(aisne[0]!.subject).toBe('Nouvelle candidature à examiner : « Centre social de Laon »');
    expect(aisne[0]!.text).toContain(`/recrutement/candidatures/${s.candidatureId}`);
    expect(aisne[0]!.text).toContain('(02)');
    expect(t.mailer.sent.some((m) => m.to === persona('prefecture80').email)).toBe(false);
  });
});
