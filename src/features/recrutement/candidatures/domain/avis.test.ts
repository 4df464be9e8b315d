import { describe, expect, it } from 'vitest';
import { dateParis, estEnRetard, PARAMETRES_2021, verifierParametres } from '../../domain/parametres.ts';
import { verifierAvis } from './avis.ts';

describe('avis de la préfecture', () => {
  const now = new Date('2021-02-10T10:00:00Z');

  it('accepte un avis complet et le signale à temps avant l’échéance', () => {
    const r = verifierAvis(
      { avis: 'favorable', commentaire: '  Structure bien implantée en QPV.  ', rangPriorite: 1 },
      now,
      '2021-02-19',
    );
    expect(r).toEqual({
      ok: true,
      value: {
        avis: 'favorable',
        commentaire: 'Structure bien implantée en QPV.',
        rangPriorite: 1,
        enRetard: false,
      },
    });
  });

  it('signale un avis en retard (il reste accepté)', () => {
    const r = verifierAvis(
      { avis: 'defavorable', commentaire: 'Doublon avec la CC voisine.', rangPriorite: null },
      new Date('2021-03-01T08:00:00Z'),
      '2021-02-19',
    );
    expect(r.ok && r.value.enRetard).toBe(true);
  });

  it('refuse un commentaire trop court ou trop long, un avis inconnu, un rang invalide', () => {
    const court = verifierAvis({ avis: 'favorable', commentaire: 'ok', rangPriorite: null }, now, null);
    expect(!court.ok && court.error.fields?.commentaire).toContain('entre 10 et 1000 caractères');
    expect(
      verifierAvis({ avis: 'favorable', commentaire: 'x'.repeat(1001), rangPriorite: null }, now, null).ok,
    ).toBe(false);
    const inconnu = verifierAvis(
      { avis: 'neutre', commentaire: 'Commentaire suffisant.', rangPriorite: 0 },
      now,
      null,
    );
    expect(!inconnu.ok && Object.keys(inconnu.error.fields ?? {}).sort()).toEqual(['avis', 'rangPriorite']);
  });
});

describe('échéances (heure de Paris)', () => {
  it('une échéance court toute la journée, heure de Paris', () => {
    // 23:30 UTC on the 19th is already the 20th in Paris (UTC+1 in winter).
    expect(dateParis(new Date('2021-02-19T23:30:00Z'))).toBe('2021-02-20');
    expect(estEnRetard(new Date('2021-02-19T22:30:00Z'), '2021-02-19')).toBe(false);
    expect(estEnRetard(new Date('2021-02-19T23:30:00Z'), '2021-02-19')).toBe(true);
    expect(estEnRetard(new Date('2030-01-01T00:00:00Z'), null)).toBe(false);
  });
});

describe('paramètres du programme', () => {
  it('valide les valeurs 2021 et trie les durées', () => {
    const r = verifierParametres({ ...PARAMETRES_2021, dureesContratMois: [36, 24, 36] });
    expect(r.ok && r.value.dureesContratMois).toEqual([24, 36]);
  });

  it('refuse des montants nuls ou des durées absentes', () => {
    const r = verifierParametres({ ...PARAMETRES_2021, enveloppeEur: 0, dureesContratMois: [] });
    expect(!r.ok && Object.keys(r.error.fields ?? {}).sort()).toEqual(['dureesContratMois', 'enveloppeEur']);
    expect(
      verifierParametres({ ...PARAMETRES_2021, financementParPosteEur: { public: 50_000, prive: -1 } }).ok,
    ).toBe(false);
  });
});
