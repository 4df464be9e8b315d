import { describe, expect, it } from 'vitest';
import { EXEMPLE_OFFICIEL } from '../../../../tests/fixtures/lieux/standard.ts';
import { lieuxV0 } from '../../../../tests/fixtures/lieux/v0.ts';
import { detecterFormat } from './detection.ts';

const lignes = (rows: Record<string, unknown>[]) => rows.map((donnees, i) => ({ numero: i + 1, donnees }));
const detecter = (rows: Record<string, unknown>[]) =>
  detecterFormat([...new Set(rows.flatMap((r) => Object.keys(r)))], lignes(rows));

describe('detecterFormat', () => {
  it('recognises a v0 file from its columns, `;` lists and v0 services, and says why', () => {
    const d = detecter(lieuxV0());
    expect(d.ok && d.format.nom).toBe('v0');
    expect(d.ok && d.raison).toContain('conditions_acces');
    expect(d.ok && d.raison).toContain('listes séparées par « ; »');
  });

  it('recognises a v0 file from its separators alone (no v0-only column)', () => {
    const d = detecter(lieuxV0().map(({ conditions_acces: _c, ...r }) => r));
    expect(d.ok && d.format.nom).toBe('v0');
  });

  it('recognises the official v1 example', () => {
    const d = detecter([EXEMPLE_OFFICIEL]);
    expect(d.ok && d.format.nom).toBe('v1');
    expect(d.ok && d.raison).toContain('listes séparées par « | »');
  });

  it('refuses a file that mixes v0 and v1 clues, naming both', () => {
    const d = detecter([{ ...EXEMPLE_OFFICIEL, conditions_acces: 'Gratuit' }]);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.message).toMatch(/^Format incertain/);
    expect(d.message).toContain('Choisissez le format');
    expect(d.candidats).toEqual(['v1', 'v0']);
  });

  it('refuses a standard file with no clue of its version', () => {
    const { services: _s, conditions_acces: _c, ...r } = lieuxV0(1)[0] as Record<string, unknown>;
    const d = detecter([r]);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.message).toContain('rien n’indique s’il suit la v1 ou l’ancienne v0');
  });

  it('recognises the France Services list by its columns', () => {
    const colonnes =
      'id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,prise_rdv,commentaire,type_fs,format_fs,groupe_fs,labellisation_fs'.split(
        ',',
      );
    const d = detecterFormat(colonnes, []);
    expect(d.ok && d.format.nom).toBe('france-services');
    expect(d.ok && d.raison).toContain('correspondance fournie « france-services »');
  });

  it('sends a file close to the standard to the mapping written for it (Aix-en-Provence)', () => {
    const colonnes =
      'Adresse,accessibilite,cle_ban,code_insee,code_postal,commune,complement_adresse,conditions_acces,courriel,date_maj,horaires,id,labels_autres,labels_nationaux,latitude,longitude,modalites_accompagnement,nom,pivot,presentation_detail,presentation_resume,prise_rdv,public_accueillis,services,site_web,source,structure_parente,telephone,typologie'.split(
        ',',
      );
    const d = detecterFormat(colonnes, []);
    expect(d.ok && d.format.nom).toBe('aix-en-provence');
    expect(d.ok && d.raison).toContain('hors du standard (Adresse)');
  });

  it('refuses unknown columns with a French message', () => {
    const d = detecterFormat(['a', 'b', 'c'], []);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.message).toMatch(/^Format non reconnu/);
  });
});
