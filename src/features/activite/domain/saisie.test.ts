import { describe, expect, it } from 'vitest';
import { nouveauBeneficiaire, PROFIL_ANONYME, saisieActivite } from '../../../../tests/factories/activite.ts';
import { trancheDuree, verifierSaisie } from './saisie.ts';

const AUJOURDHUI = '2024-10-08';

describe('règles d’une activité saisie', () => {
  it('accepte un accompagnement individuel ordinaire', () => {
    expect(verifierSaisie(saisieActivite(), AUJOURDHUI)).toEqual({});
  });

  it.each([
    ['durée nulle', { dureeMinutes: 0 }, 'dureeMinutes'],
    ['3 000 minutes', { dureeMinutes: 3000 }, 'dureeMinutes'],
    ['durée non entière', { dureeMinutes: 12.5 }, 'dureeMinutes'],
    ['date future', { date: '2024-10-09' }, 'date'],
    ['date impossible', { date: '2024-02-30' }, 'date'],
    ['date avant le programme', { date: '2019-05-01' }, 'date'],
    ['aucune thématique', { thematiquesNumeriques: [] }, 'thematiquesNumeriques'],
    ['thématique inconnue', { thematiquesNumeriques: ['astrologie' as never] }, 'thematiquesNumeriques'],
    [
      'thématique administrative inconnue',
      { thematiquesAdministratives: ['impots' as never] },
      'thematiquesAdministratives',
    ],
    ['matériel inconnu', { materiel: ['minitel' as never] }, 'materiel'],
    ['autonomie inconnue', { autonomie: 'un_peu' as never }, 'autonomie'],
    ['lieu de la structure sans lieu', { typeLieu: 'lieu_activite' as const }, 'lieuId'],
    ['autre lieu sans commune', { typeLieu: 'autre' as const }, 'communeInsee'],
    [
      'deux personnes en individuel',
      {
        participants: [
          { sorte: 'anonyme' as const, profil: PROFIL_ANONYME },
          { sorte: 'anonyme' as const, profil: PROFIL_ANONYME },
        ],
      },
      'participants',
    ],
    ['notes trop longues', { notes: 'x'.repeat(2001) }, 'notes'],
  ])('refuse : %s, avec un message français sur le champ', (_nom, extra, champ) => {
    const e = verifierSaisie(saisieActivite(extra), AUJOURDHUI);
    expect(Object.keys(e)).toContain(champ);
    expect(e[champ]).toMatch(/^[A-ZÉÀ]/);
  });

  it('un atelier : un titre, de 1 à 100 participants, une même personne une seule fois', () => {
    const atelier = (n: number) =>
      saisieActivite({
        type: 'collectif',
        titre: 'Atelier',
        autonomie: null,
        participants: Array.from({ length: n }, () => ({
          sorte: 'anonyme' as const,
          profil: PROFIL_ANONYME,
        })),
      });
    expect(verifierSaisie(atelier(100), AUJOURDHUI)).toEqual({});
    expect(verifierSaisie(atelier(500), AUJOURDHUI).participants).toMatch(/au plus 100/);
    expect(verifierSaisie(atelier(0), AUJOURDHUI).participants).toBeDefined();
    expect(verifierSaisie({ ...atelier(3), titre: ' ' }, AUJOURDHUI).titre).toBeDefined();
    const meme = { sorte: 'existant' as const, beneficiaireId: '00000000-0000-4000-8000-000000000001' };
    expect(verifierSaisie({ ...atelier(0), participants: [meme, meme] }, AUJOURDHUI).participants).toMatch(
      /deux fois/,
    );
  });

  it('une personne nommée : prénom, nom, accord après la notice, année plausible', () => {
    const p = nouveauBeneficiaire('Jeanne', 'Martin');
    if (p.sorte !== 'nouveau') throw new Error('attendu');
    const sans = (b: Partial<typeof p.beneficiaire>) =>
      verifierSaisie(
        saisieActivite({ participants: [{ sorte: 'nouveau', beneficiaire: { ...p.beneficiaire, ...b } }] }),
        AUJOURDHUI,
      );
    expect(sans({})).toEqual({});
    expect(Object.keys(sans({ consentement: false }))).toEqual(['beneficiaire.consentement']);
    expect(Object.keys(sans({ prenom: '' }))).toEqual(['beneficiaire.prenom']);
    expect(Object.keys(sans({ anneeNaissance: 1850 }))).toEqual(['beneficiaire.anneeNaissance']);
    expect(Object.keys(sans({ genre: 'autre' as never }))).toEqual(['beneficiaire.genre']);
  });

  it('range les durées par tranche', () => {
    expect([15, 30, 31, 60, 90, 120, 121].map(trancheDuree)).toEqual([
      'moins_30',
      'moins_30',
      '30_60',
      '30_60',
      '60_120',
      '60_120',
      'plus_120',
    ]);
  });
});
