import { describe, expect, it } from 'vitest';
import { lireLigneCra, themesActuels } from './domain.ts';

const connus = new Set(['02', '2A', '974']);

describe('lignes du fichier des anciens comptes rendus', () => {
  it('un thème 2021 qui correspond à deux thématiques actuelles compte pour chacune ; « autre » pour aucune', () => {
    expect(
      themesActuels({ equipementInformatique: 3, securite: 1, fraudeEtHarcelement: 2, autre: 9 }),
    ).toEqual({
      prendre_en_main_du_materiel: 3,
      gere_ses_contenus_numeriques: 3,
      securite_numerique: 3,
    });
  });

  it('accepte une ligne complète, code en minuscules compris, âges absents comptés à zéro', () => {
    const r = lireLigneCra(
      { departement: '2a', usagers: 3, accompagnements: 4, themes: { courriel: 4 } },
      connus,
    );
    expect(r.ok && r.ligne).toMatchObject({
      departementCode: '2A',
      themesActuels: { email: 4 },
      ages: { moins12ans: 0, plus60ans: 0 },
    });
  });

  it('rejette avec une raison : département inconnu ou absent, nombre mal formé, groupe qui n’est pas un objet', () => {
    const raison = (brut: unknown) => {
      const r = lireLigneCra(brut, connus);
      return r.ok ? null : r.raison;
    };
    expect(raison({ departement: '20', usagers: 1, accompagnements: 1 })).toBe(
      'Département inconnu : « 20 ».',
    );
    expect(raison({ usagers: 1 })).toBe('Le code du département est absent.');
    expect(raison({ departement: '02', usagers: 1.5, accompagnements: 1 })).toContain('usagers');
    expect(raison({ departement: '02', usagers: 1, accompagnements: 1, statut: [1] })).toContain('statut');
    expect(raison({ departement: '02', usagers: 1, accompagnements: 1, plus60ans: 'beaucoup' })).toContain(
      'plus60ans',
    );
    expect(raison(null)).toBe('La ligne n’est pas un objet JSON.');
  });
});
