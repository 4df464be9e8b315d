import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../tests/helpers/app.ts';
import { type ResolutionCommune, resolveCommune } from './resoudre-commune.ts';

function commune(r: ResolutionCommune) {
  if (!r.ok) throw new Error(`résolution refusée : ${r.code} ${r.message}`);
  return r.commune;
}

function echec(r: ResolutionCommune) {
  if (r.ok) throw new Error(`résolution inattendue : ${r.commune.code}`);
  return r;
}

describe('resolveCommune (champ commune sans JavaScript)', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const resoudre = (texte: string, code?: string | null) => resolveCommune(t.deps.db, texte, code);

  it('accepte le code choisi dans l’autocomplétion quand le texte est son libellé', async () => {
    const laon = commune(await resoudre('Laon (02000)', '02408'));
    expect(laon).toMatchObject({ code: '02408', nom: 'Laon', departement: '02', libelle: 'Laon (02000)' });
    expect(commune(await resoudre('', '02408')).code).toBe('02408');
  });

  it('résout le libellé, un nom unique, un code INSEE ou un code postal d’une seule commune', async () => {
    expect(commune(await resoudre('Laon (02000)')).code).toBe('02408');
    expect(commune(await resoudre('  laon ')).code).toBe('02408');
    expect(commune(await resoudre('SAINT-ÉTIENNE')).code).toBe('42218');
    expect(commune(await resoudre('st etienne')).code).toBe('42218');
    expect(commune(await resoudre('02408')).code).toBe('02408');
    expect(commune(await resoudre('42000')).code).toBe('42218');
    expect(commune(await resoudre('75011')).code).toBe('75056');
    expect(commune(await resoudre('2a004')).nom).toBe('Ajaccio');
  });

  it('propose les homonymes quand le nom est ambigu, puis accepte celui qui est choisi', async () => {
    const r = echec(await resoudre('Saint-Denis'));
    expect(r.code).toBe('commune_ambigue');
    expect(r.message).toContain('Plusieurs communes s’appellent « Saint-Denis »');
    const codes = r.candidates.map((c) => c.code);
    expect(codes.slice(0, 2)).toEqual(['97411', '93066']);
    expect(codes).toHaveLength(4);
    for (const c of r.candidates) expect(c.nom).toBe('Saint-Denis');
    expect(commune(await resoudre('Saint-Denis', '93066')).code).toBe('93066');
    expect(commune(await resoudre('Saint-Denis (93200)')).code).toBe('93066');
    expect(commune(await resoudre('Saint-Denis (974)')).code).toBe('97411');
  });

  it('propose les communes d’un code postal partagé', async () => {
    const r = echec(await resoudre('02000'));
    expect(r.code).toBe('commune_ambigue');
    expect(r.candidates.map((c) => c.code)).toContain('02408');
    expect(r.candidates[0]?.code).toBe('02408');
    expect(r.candidates.length).toBe(10);
    expect(commune(await resoudre('02000', '02408')).code).toBe('02408');
    const codeMixte = echec(await resoudre('13001'));
    expect(codeMixte.candidates.map((c) => c.code)).toEqual(['13055', '13001']);
  });

  it('ne laisse pas un code caché périmé l’emporter sur un nouveau texte', async () => {
    expect(commune(await resoudre('Amiens', '02408')).code).toBe('80021');
    const r = echec(await resoudre('Amien', '02408'));
    expect(r.code).toBe('commune_introuvable');
    expect(r.candidates.map((c) => c.code)).toContain('80021');
    expect(r.candidates.map((c) => c.code)).not.toContain('02408');
    // The typo's candidates include Amiens: choosing it among the radio buttons resolves.
    expect(commune(await resoudre('Amien', '80021')).code).toBe('80021');
  });

  it('ignore un code invalide ou inconnu', async () => {
    expect(commune(await resoudre('Laon', 'pas-un-code')).code).toBe('02408');
    expect(commune(await resoudre('Laon', '99999')).code).toBe('02408');
  });

  it('explique en français quand rien ne correspond', async () => {
    const vide = echec(await resoudre('   '));
    expect(vide).toMatchObject({ code: 'commune_vide', message: 'Indiquez une commune.', candidates: [] });
    const inconnue = echec(await resoudre('Zzzqqxw'));
    expect(inconnue.code).toBe('commune_introuvable');
    expect(inconnue.candidates).toEqual([]);
    expect(inconnue.message).toContain('Aucune commune ne correspond à « Zzzqqxw »');
    const code = echec(await resoudre('00000'));
    expect(code.message).toContain('Aucune commune n’a le code « 00000 »');
    const partiel = echec(await resoudre('020'));
    expect(partiel.message).toContain('n’est pas un code postal complet');
    expect(partiel.candidates[0]?.code).toBe('02408');
    for (const c of partiel.candidates) expect(c.codesPostaux.some((p) => p.startsWith('020'))).toBe(true);
  });
});
