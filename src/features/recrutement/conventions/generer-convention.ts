import { eq, sql } from 'drizzle-orm';
import { conventions } from '../../../db/schema/index.ts';
import type { UseCaseContext } from '../../../platform/context.ts';
import { ok, type Result } from '../../../platform/result.ts';
import { categorieEmployeur, isStructureType, structuresPubliees } from '../../structures/index.ts';
import { nomDepartement, nomsCommunes } from '../../territoires/index.ts';
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
 * The convention of a positive decision, with its PDF, written in the decision's transaction (`ctx.db`,
 * which holds the programme lock, so numbers are allocated one at a time) and dated `ctx.now`.
 */
export async function genererConvention(
  ctx: Pick<UseCaseContext, 'db' | 'now'>,
  input: {
    params: ParametresProgramme;
    candidatureId: string;
    structureId: string;
    decisionId: string;
    postes: number;
    dureeMois: number;
    session: { numero: number; date: string };
  },
): Promise<Result<ConventionGeneree>> {
  const { db, now } = ctx;
  const [s] = await db
    .select({
      nom: structuresPubliees.nom,
      type: structuresPubliees.type,
      siret: structuresPubliees.siret,
      adresse: structuresPubliees.adresse,
      codePostal: structuresPubliees.codePostal,
      communeCode: structuresPubliees.communeCode,
      departementCode: structuresPubliees.departementCode,
    })
    .from(structuresPubliees)
    .where(eq(structuresPubliees.id, input.structureId));
  if (!s || !isStructureType(s.type))
    throw new Error(`structure ${input.structureId} absente ou de type inconnu`);
  const calcul = calculerConvention(input.params, categorieEmployeur(s.type), input.postes, input.dureeMois);
  if (!calcul.ok) return calcul;
  const [seq] = await db.select({ n: sql<number>`count(*)::int` }).from(conventions);
  const dateEmission = dateParis(now);
  const numero = numeroConvention(Number(dateEmission.slice(0, 4)), (seq?.n ?? 0) + 1);
  const commune = s.communeCode
    ? ((await nomsCommunes(db, [s.communeCode])).get(s.communeCode) ?? null)
    : null;
  const pdf = await genererConventionPdf({
    numero,
    structureNom: s.nom,
    structureType: s.type,
    siret: s.siret,
    adresse: s.adresse,
    codePostal: s.codePostal,
    commune,
    departementCode: s.departementCode,
    departementNom: await nomDepartement(db, s.departementCode),
    ...calcul.value,
    sessionNumero: input.session.numero,
    sessionDate: input.session.date,
    dateEmission,
  });
  const fichierId = await stockerFichier(db, {
    nom: `convention-${numero}.pdf`,
    typeMime: 'application/pdf',
    contenu: pdf,
    now,
  });
  const [row] = await db
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
      creeLe: now,
    })
    .returning({ id: conventions.id });
  return ok({ id: row!.id, numero, postes: calcul.value.postes, montantEur: calcul.value.montantEur });
}
