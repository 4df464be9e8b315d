import PDFDocument from 'pdfkit';
import { STRUCTURE_TYPE_LABELS, type StructureType } from '../../structures/index.ts';
import { formatEuros } from '../domain/budget.ts';

export interface ConventionImprimable {
  numero: string;
  structureNom: string;
  structureType: StructureType;
  siret: string | null;
  adresse: string | null;
  departementCode: string;
  postes: number;
  financementParPosteEur: number;
  montantEur: number;
  dureeMois: number;
  sessionNumero: number;
  sessionDate: string;
  /** YYYY-MM-DD. */
  dateEmission: string;
}

const dateFr = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

/** The funding convention as a PDF (standard Helvetica: no font file to ship). */
export function genererConventionPdf(c: ConventionImprimable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: {
        Title: `Convention de financement ${c.numero}`,
        Author: 'Agence nationale de la cohésion des territoires',
        Subject: 'Conseillers numériques France Services',
      },
      // Fixed dates keep the bytes reproducible for one convention.
      ...{ creationDate: new Date(`${c.dateEmission}T00:00:00Z`) },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(10).text('RÉPUBLIQUE FRANÇAISE', { align: 'left' });
    doc.font('Helvetica').fontSize(9).text('Agence nationale de la cohésion des territoires (ANCT)');
    doc.moveDown(2);
    doc.font('Helvetica-Bold').fontSize(16).text('Convention de financement', { align: 'center' });
    doc.fontSize(12).text('Conseillers numériques France Services — France Relance', { align: 'center' });
    doc.font('Helvetica').fontSize(10).text(`N° ${c.numero}`, { align: 'center' });
    doc.moveDown(2);

    doc.font('Helvetica-Bold').fontSize(11).text('Entre');
    doc.font('Helvetica').text('L’Agence nationale de la cohésion des territoires, ci-après « l’ANCT »,');
    doc.moveDown(0.5).font('Helvetica-Bold').text('et');
    doc.font('Helvetica').text(`${c.structureNom} (${STRUCTURE_TYPE_LABELS[c.structureType]})`);
    if (c.siret) doc.text(`SIRET : ${c.siret}`);
    if (c.adresse) doc.text(`Adresse : ${c.adresse}`);
    doc.text(`Département : ${c.departementCode}`);
    doc.text('ci-après « la structure d’accueil ».');
    doc.moveDown(1.5);

    const article = (titre: string, texte: string) => {
      doc.font('Helvetica-Bold').text(titre);
      doc.font('Helvetica').text(texte, { align: 'justify' });
      doc.moveDown(0.8);
    };
    article(
      'Article 1 — Objet',
      `Par décision du comité de sélection national (session n° ${c.sessionNumero} du ${dateFr(c.sessionDate)}), ` +
        `la structure d’accueil se voit attribuer ${c.postes} poste${c.postes > 1 ? 's' : ''} de conseiller numérique ` +
        'France Services, chargé d’accompagner les habitants vers l’autonomie dans leurs usages numériques.',
    );
    article(
      'Article 2 — Montant de la subvention',
      `L’État verse ${formatEuros(c.financementParPosteEur)} par poste, soit un montant total de ` +
        `${formatEuros(c.montantEur)} pour ${c.postes} poste${c.postes > 1 ? 's' : ''}.`,
    );
    article(
      'Article 3 — Durée',
      `La présente convention est conclue pour une durée de ${c.dureeMois} mois à compter du recrutement ` +
        'du ou des conseillers numériques.',
    );
    article(
      'Article 4 — Engagements de la structure d’accueil',
      'La structure d’accueil recrute le ou les conseillers par un contrat de travail, leur permet de suivre ' +
        'la formation certifiante, et rend compte de leur activité selon les modalités définies par l’ANCT.',
    );
    doc.moveDown(1);
    doc.text(`Émise le ${dateFr(c.dateEmission)}.`);
    doc.moveDown(2);
    const y = doc.y;
    doc.text('Pour l’ANCT', 56, y);
    doc.text('Pour la structure d’accueil', 330, y);
    doc.end();
  });
}
