import path from 'node:path';
import PDFDocument from 'pdfkit';
import { adresse, dateFr } from '../../../platform/valeurs/typographie.ts';
import { DSFR_DIST } from '../../../ui/assets.ts';
import { STRUCTURE_TYPE_LABELS, type StructureType } from '../../structures/index.ts';
import { formatEuros } from '../domain/budget.ts';

export interface ConventionImprimable {
  numero: string;
  structureNom: string;
  structureType: StructureType;
  siret: string | null;
  adresse: string | null;
  codePostal: string | null;
  commune: string | null;
  departementCode: string;
  departementNom: string | null;
  postes: number;
  financementParPosteEur: number;
  montantEur: number;
  dureeMois: number;
  sessionNumero: number;
  sessionDate: string;
  /** YYYY-MM-DD. */
  dateEmission: string;
}

/**
 * The State's typeface, embedded: the standard PDF fonts (Helvetica) cannot encode the narrow no-break
 * space of French amounts ("50 000 €" came out as "50 /000 €", issue 8).
 */
export const POLICES = {
  texte: path.join(DSFR_DIST, 'fonts', 'Marianne-Regular.woff'),
  gras: path.join(DSFR_DIST, 'fonts', 'Marianne-Bold.woff'),
};

/**
 * Marianne has no glyph for the narrow no-break space that French number formatting puts in amounts
 * (U+202F): the plain no-break space keeps "50 000 €" on one line and readable.
 */
export const pourMarianne = (texte: string) => texte.replace(/\u202f/g, '\u00a0');
const euros = (n: number) => pourMarianne(formatEuros(n));

/** "20 rue de la Gare, 02000 Laon", without repeating a postcode or commune the street line already has. */
export function adresseComplete(
  c: Pick<ConventionImprimable, 'adresse' | 'codePostal' | 'commune'>,
): string | null {
  return adresse({ ligne: c.adresse, codePostal: c.codePostal, commune: c.commune });
}

/** The funding convention as a PDF, in Marianne, with the signature block of both parties. */
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
    doc.registerFont('Marianne', POLICES.texte);
    doc.registerFont('Marianne-Gras', POLICES.gras);

    doc.font('Marianne-Gras').fontSize(10).text('RÉPUBLIQUE FRANÇAISE', { align: 'left' });
    doc.font('Marianne').fontSize(9).text('Agence nationale de la cohésion des territoires (ANCT)');
    doc.moveDown(2);
    doc.font('Marianne-Gras').fontSize(16).text('Convention de financement', { align: 'center' });
    doc.fontSize(12).text('Conseillers numériques France Services — France Relance', { align: 'center' });
    doc.font('Marianne').fontSize(10).text(`N° ${c.numero}`, { align: 'center' });
    doc.moveDown(2);

    doc.font('Marianne-Gras').fontSize(11).text('Entre');
    doc.font('Marianne').text('L’Agence nationale de la cohésion des territoires, ci-après « l’ANCT »,');
    doc.moveDown(0.5).font('Marianne-Gras').text('et');
    doc.font('Marianne').text(`${c.structureNom} (${STRUCTURE_TYPE_LABELS[c.structureType]})`);
    if (c.siret) doc.text(`SIRET : ${c.siret}`);
    const adresse = adresseComplete(c);
    if (adresse) doc.text(`Adresse : ${adresse}`);
    doc.text(
      `Département : ${c.departementNom ? `${c.departementNom} (${c.departementCode})` : c.departementCode}`,
    );
    doc.text('ci-après « la structure d’accueil ».');
    doc.moveDown(1.5);

    const article = (titre: string, texte: string) => {
      doc.font('Marianne-Gras').text(pourMarianne(titre));
      doc.font('Marianne').text(pourMarianne(texte), { align: 'justify' });
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
      `L’État verse ${euros(c.financementParPosteEur)} par poste, soit un montant total de ` +
        `${euros(c.montantEur)} pour ${c.postes} poste${c.postes > 1 ? 's' : ''}.`,
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
    const colonne = (x: number, partie: string) => {
      doc.font('Marianne-Gras').text(partie, x, y, { width: 220 });
      doc.font('Marianne').moveDown(0.6);
      doc.text('Fait à : ______________________', x, undefined, { width: 220 });
      doc.moveDown(0.4).text('Le : ____ / ____ / ________', x, undefined, { width: 220 });
      doc.moveDown(0.4).text('Nom et qualité du signataire :', x, undefined, { width: 220 });
      doc.moveDown(0.4).text('Signature et cachet :', x, undefined, { width: 220 });
    };
    colonne(56, 'Pour l’ANCT');
    colonne(330, 'Pour la structure d’accueil');
    doc.end();
  });
}
