import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { conventions } from '../../../db/schema/index.ts';
import { ok, type Result } from '../../../platform/result.ts';
import { categorieEmployeur, isStructureType, structuresPubliees } from '../../structures/index.ts';
import { dateParis, type ParametresProgramme } from '../domain/parametres.ts';
import { stockerFichier } from '../fichiers.ts';
import { genererConventionPdf } from './convention-pdf.ts';
import { calculerConvention, numeroConvention } from './domain/convention.ts';

export interface ConventionGeneree {
  id: string;
  numero: string;
  postes: number;
  montantEur: number;
}

/**
 * The convention of a positive decision, with its PDF, written in the decision's transaction
 * (which holds the programme lock, so numbers are allocated one at a time).
 */
export async function genererConvention(
  tx: Db,
  input: {
    params: ParametresProgramme;
    candidatureId: string;
    structureId: string;
    decisionId: string;
    postes: number;
    dureeMois: number;
    session: { numero: number; date: string };
    now: Date;
  },
): Promise<Result<ConventionGeneree>> {
  const [s] = await tx
    .select({
      nom: structuresPubliees.nom,
      type: structuresPubliees.type,
      siret: structuresPubliees.siret,
      adresse: structuresPubliees.adresse,
      departementCode: structuresPubliees.departementCode,
    })
    .from(structuresPubliees)
    .where(eq(structuresPubliees.id, input.structureId));
  if (!s || !isStructureType(s.type))
    throw new Error(`structure ${input.structureId} absente ou de type inconnu`);
  const calcul = calculerConvention(input.params, categorieEmployeur(s.type), input.postes, input.dureeMois);
  if (!calcul.ok) return calcul;
  const [seq] = await tx.select({ n: sql<number>`count(*)::int` }).from(conventions);
  const dateEmission = dateParis(input.now);
  const numero = numeroConvention(Number(dateEmission.slice(0, 4)), (seq?.n ?? 0) + 1);
  const pdf = await genererConventionPdf({
    numero,
    structureNom: s.nom,
    structureType: s.type,
    siret: s.siret,
    adresse: s.adresse,
    departementCode: s.departementCode,
    ...calcul.value,
    sessionNumero: input.session.numero,
    sessionDate: input.session.date,
    dateEmission,
  });
  const fichierId = await stockerFichier(tx, {
    nom: `convention-${numero}.pdf`,
    typeMime: 'application/pdf',
    contenu: pdf,
    now: input.now,
  });
  const [row] = await tx
    .insert(conventions)
    .values({
      numero,
      candidatureId: input.candidatureId,
      decisionId: input.decisionId,
      postes: calcul.value.postes,
      financementParPosteEur: calcul.value.financementParPosteEur,
      montantEur: calcul.value.montantEur,
      dureeMois: calcul.value.dureeMois,
      fichierId,
      creeLe: input.now,
    })
    .returning({ id: conventions.id });
  return ok({ id: row!.id, numero, postes: calcul.value.postes, montantEur: calcul.value.montantEur });
}
