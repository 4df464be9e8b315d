import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { adresseComplete, type ConventionImprimable, genererConventionPdf } from './convention-pdf.ts';

const CONVENTION: ConventionImprimable = {
  numero: 'CNFS-2026-0001',
  structureNom: 'Commune de Laon',
  structureType: 'COMMUNE',
  siret: '21020408300015',
  adresse: '20 rue de la Gare',
  codePostal: '02000',
  commune: 'Laon',
  departementCode: '02',
  departementNom: 'Aisne',
  postes: 2,
  financementParPosteEur: 50_000,
  montantEur: 100_000,
  dureeMois: 24,
  sessionNumero: 3,
  sessionDate: '2026-11-20',
  dateEmission: '2026-12-01',
};

/** The text of every page, read by pdf.js (Mozilla's reader, not our code), spaces normalised. */
async function texteDuPdf(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const contenu = await (await doc.getPage(i)).getTextContent();
    pages.push(contenu.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return pages
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('convention de financement en PDF', () => {
  it('les montants, l’adresse complète, le département nommé et les champs de signature se lisent', async () => {
    const pdf = await genererConventionPdf(CONVENTION);
    const texte = await texteDuPdf(pdf);
    expect(texte).toContain(
      'L’État verse 50 000 € par poste, soit un montant total de 100 000 € pour 2 postes.',
    );
    expect(texte).not.toMatch(/\d \/\d/);
    // No character pdf.js could not map back to text (a glyph missing from the font).
    expect([...texte].filter((ch) => ch === '\u0000' || ch === '\ufffd')).toEqual([]);
    expect(texte).toContain('Adresse : 20 rue de la Gare, 02000 Laon');
    expect(texte).toContain('Département : Aisne (02)');
    expect(texte).toContain('(session n° 3 du 20 novembre 2026)');
    // The first of the month is an ordinal in French.
    expect(texte).toContain('Émise le 1er décembre 2026.');
    expect(texte.match(/Fait à :/g)).toHaveLength(2);
    expect(texte.match(/Signature et cachet :/g)).toHaveLength(2);
    // Marianne is embedded (a font file in the PDF), not a standard font the reader substitutes.
    expect(pdf.includes('Marianne')).toBe(true);
    expect(pdf.includes('/FontFile')).toBe(true);
    expect(pdf.includes('Helvetica')).toBe(false);
  });

  it('l’adresse ne répète pas le code postal ni la commune déjà écrits', () => {
    expect(
      adresseComplete({ adresse: '20 rue de la Gare 02000 Laon', codePostal: '02000', commune: 'Laon' }),
    ).toBe('20 rue de la Gare 02000 Laon');
    expect(adresseComplete({ adresse: null, codePostal: '02000', commune: 'Laon' })).toBe('02000 Laon');
    expect(adresseComplete({ adresse: '', codePostal: null, commune: null })).toBeNull();
  });
});
