import PDFDocument from 'pdfkit';
import { POLICES, pourMarianne } from '../conventions/convention-pdf.ts';
import { formatEuros } from '../domain/budget.ts';
import { AVIS_COSELEC_LABELS, estDans, AVIS_COSELEC as LISTE_AVIS } from '../domain/types.ts';
import { classeurXlsx } from '../presenters/xlsx.ts';
import type { DecisionDeSession } from './lecture-comite.ts';
import { libelleAvisPrefecture } from './presenter.ts';

/** The minutes of one committee session: what it decided, row by row, and its totals. */
export interface ProcesVerbal {
  numero: number;
  /** YYYY-MM-DD. */
  date: string;
  decisions: DecisionDeSession[];
  /** When the minutes were produced. */
  editeLe: Date;
}

const dateFr = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};
const avis = (code: string) => (estDans(LISTE_AVIS, code) ? AVIS_COSELEC_LABELS[code] : code);
const nature = (code: string) => (code === 'avenant' ? 'Avenant' : 'Décision initiale');

export function bilanProcesVerbal(pv: ProcesVerbal) {
  const compte = (a: string) => pv.decisions.filter((d) => d.avis === a).length;
  return {
    decisions: pv.decisions.length,
    positifs: compte('POSITIF'),
    negatifs: compte('NEGATIF'),
    examens: compte('EXAMEN_COMPLEMENTAIRE'),
    postes: pv.decisions.reduce((s, d) => s + d.postes, 0),
    montantEur: pv.decisions.reduce((s, d) => s + Number(d.montantEur), 0),
  };
}

/** The minutes as a PDF, in the State's typeface (embedded, as the conventions). */
export function procesVerbalPdf(pv: ProcesVerbal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: {
        Title: `Procès-verbal de la session n° ${pv.numero} du comité de sélection`,
        Author: 'Agence nationale de la cohésion des territoires',
        Subject: 'Conseillers numériques France Services',
      },
      ...{ creationDate: pv.editeLe },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('Marianne', POLICES.texte);
    doc.registerFont('Marianne-Gras', POLICES.gras);
    const t = (s: string) => pourMarianne(s);

    doc.font('Marianne-Gras').fontSize(10).text('RÉPUBLIQUE FRANÇAISE');
    doc.font('Marianne').fontSize(9).text('Agence nationale de la cohésion des territoires (ANCT)');
    doc.moveDown(1.5);
    doc.font('Marianne-Gras').fontSize(15).text('Procès-verbal du comité de sélection', { align: 'center' });
    doc.fontSize(11).text(`Session n° ${pv.numero} du ${dateFr(pv.date)}`, { align: 'center' });
    doc.moveDown(1.5);

    const b = bilanProcesVerbal(pv);
    doc.font('Marianne').fontSize(10);
    doc.text(
      t(
        `${b.decisions} décision${b.decisions > 1 ? 's' : ''} : ${b.positifs} avis positif${b.positifs > 1 ? 's' : ''}, ` +
          `${b.negatifs} avis négatif${b.negatifs > 1 ? 's' : ''}, ${b.examens} examen${b.examens > 1 ? 's' : ''} complémentaire${b.examens > 1 ? 's' : ''}.`,
      ),
    );
    doc.text(t(`Solde de postes attribués : ${b.postes} ; montant engagé : ${formatEuros(b.montantEur)}.`));
    doc.moveDown(1);

    if (pv.decisions.length === 0) doc.text('Aucune décision n’a été enregistrée à cette session.');
    for (const [i, d] of pv.decisions.entries()) {
      if (doc.y > doc.page.height - 140) doc.addPage();
      doc.font('Marianne-Gras').text(t(`${i + 1}. ${d.structureNom} (département ${d.departementCode})`));
      doc.font('Marianne');
      if (d.siret) doc.text(`SIRET : ${d.siret}`);
      doc.text(
        t(
          `Avis de la préfecture : ${libelleAvisPrefecture(d.avisPrefecture)}` +
            (d.rangPriorite ? `, rang ${d.rangPriorite}` : ''),
        ),
      );
      doc.text(
        t(
          `${nature(d.nature)} — avis ${avis(d.avis).toLowerCase()} — postes : ${d.postes > 0 ? `+${d.postes}` : d.postes} — montant : ${formatEuros(Number(d.montantEur))}`,
        ),
      );
      if (d.commentaire) doc.text(t(`Commentaire : ${d.commentaire}`));
      doc.moveDown(0.6);
    }
    doc.moveDown(1);
    doc.text(t(`Édité le ${dateFr(pv.editeLe.toISOString())}.`));
    doc.end();
  });
}

/** The minutes as a spreadsheet: one row per decision (plain numbers) and a summary sheet. */
export function procesVerbalXlsx(pv: ProcesVerbal): Promise<Buffer> {
  const b = bilanProcesVerbal(pv);
  const jour = new Date(`${pv.date.slice(0, 10)}T00:00:00Z`);
  return classeurXlsx(
    [
      {
        nom: 'Décisions',
        colonnes: [
          { cle: 'departement', titre: 'Département', largeur: 12 },
          { cle: 'structure', titre: 'Structure', largeur: 40 },
          { cle: 'siret', titre: 'SIRET', largeur: 16 },
          { cle: 'avisPrefecture', titre: 'Avis de la préfecture', largeur: 16 },
          { cle: 'rang', titre: 'Rang de priorité', largeur: 10 },
          { cle: 'nature', titre: 'Nature', largeur: 18 },
          { cle: 'avis', titre: 'Avis du comité', largeur: 22 },
          { cle: 'postes', titre: 'Postes', largeur: 10 },
          { cle: 'montant', titre: 'Montant (€)', largeur: 14 },
          { cle: 'commentaire', titre: 'Commentaire', largeur: 50 },
        ],
        lignes: pv.decisions.map((d) => ({
          departement: d.departementCode,
          structure: d.structureNom,
          siret: d.siret ?? '',
          avisPrefecture: libelleAvisPrefecture(d.avisPrefecture),
          rang: d.rangPriorite ?? '',
          nature: nature(d.nature),
          avis: avis(d.avis),
          postes: d.postes,
          montant: Number(d.montantEur),
          commentaire: d.commentaire ?? '',
        })),
      },
      {
        nom: 'Synthèse',
        colonnes: [
          { cle: 'libelle', titre: 'Élément', largeur: 32 },
          { cle: 'valeur', titre: 'Valeur', largeur: 18 },
        ],
        lignes: [
          { libelle: 'Session', valeur: pv.numero },
          { libelle: 'Date de la session', valeur: jour },
          { libelle: 'Décisions', valeur: b.decisions },
          { libelle: 'Avis positifs', valeur: b.positifs },
          { libelle: 'Avis négatifs', valeur: b.negatifs },
          { libelle: 'Examens complémentaires', valeur: b.examens },
          { libelle: 'Solde de postes attribués', valeur: b.postes },
          { libelle: 'Montant engagé (€)', valeur: b.montantEur },
        ],
      },
    ],
    { titre: `Procès-verbal de la session n° ${pv.numero}`, maintenant: pv.editeLe },
  );
}
