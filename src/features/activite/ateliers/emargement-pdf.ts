import path from 'node:path';
import PDFDocument from 'pdfkit';
import { DSFR_DIST } from '../../../ui/assets.ts';

export interface FeuilleEmargement {
  titre: string;
  quand: string;
  lieu: string;
  structureNom: string;
  animateur: string;
  /** Confirmed registrants, by name. */
  inscrits: { nom: string; prenom: string }[];
  /** Blank lines for people who come without registering. */
  lignesLibres: number;
}

// The State's typeface, embedded: French text (apostrophes, accents) prints as typed.
const POLICES = {
  texte: path.join(DSFR_DIST, 'fonts', 'Marianne-Regular.woff'),
  gras: path.join(DSFR_DIST, 'fonts', 'Marianne-Bold.woff'),
};
const propre = (t: string) => t.replace(/\u202f/g, '\u00a0');

/** A printable attendance sheet: one line per registrant to sign, then blank lines. */
export function genererEmargementPdf(f: FeuilleEmargement): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `Émargement — ${f.titre}` } });
    const morceaux: Buffer[] = [];
    doc.on('data', (b: Buffer) => morceaux.push(b));
    doc.on('end', () => resolve(Buffer.concat(morceaux)));
    doc.on('error', reject);
    doc.registerFont('Marianne', POLICES.texte);
    doc.registerFont('Marianne-Gras', POLICES.gras);
    doc.font('Marianne-Gras').fontSize(15).text('Feuille d’émargement');
    doc.fontSize(12).text(propre(f.titre));
    doc.font('Marianne').fontSize(10);
    doc.text(propre(`Date : ${f.quand}`));
    doc.text(propre(`Lieu : ${f.lieu}`));
    doc.text(propre(`Organisé par : ${f.structureNom} — animé par ${f.animateur}`));
    doc.moveDown(1);
    const x = [48, 78, 230, 370];
    const largeurs = [30, 152, 140, 177];
    const hauteur = 26;
    const entete = () => {
      const y = doc.y;
      doc.font('Marianne-Gras').fontSize(10);
      ['N°', 'Nom', 'Prénom', 'Signature'].forEach((t, i) => {
        doc.text(t, x[i]!, y + 8, { width: largeurs[i]!, lineBreak: false });
      });
      doc.rect(48, y, 499, hauteur).stroke();
      doc.y = y + hauteur;
      doc.font('Marianne');
    };
    entete();
    const lignes = [
      ...f.inscrits,
      ...Array.from({ length: f.lignesLibres }, () => ({ nom: '', prenom: '' })),
    ];
    lignes.forEach((l, n) => {
      if (doc.y + hauteur > doc.page.height - 48) {
        doc.addPage();
        entete();
      }
      const y = doc.y;
      [String(n + 1), propre(l.nom), propre(l.prenom), ''].forEach((t, i) => {
        doc.text(t, x[i]!, y + 8, { width: largeurs[i]! - 4, lineBreak: false, ellipsis: true });
      });
      doc.rect(48, y, 499, hauteur).stroke();
      for (const xi of x.slice(1))
        doc
          .moveTo(xi - 4, y)
          .lineTo(xi - 4, y + hauteur)
          .stroke();
      doc.y = y + hauteur;
    });
    doc.end();
  });
}
