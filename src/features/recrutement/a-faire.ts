import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  avisPrefecture,
  candidats,
  candidaturesStructures,
  conventions,
  misesEnRelation,
} from '../../db/schema/index.ts';
import type { ElementAFaire, SourceAFaire } from '../../platform/module/a-faire.ts';
import { structuresPubliees } from '../structures/index.ts';

/** What waits for each role in the recruitment, counted within the actor's scope only. */

const EN_ATTENTE_DE_DECISION = ['CREEE', 'EXAMEN_COMPLEMENTAIRE_COSELEC'];

async function nombre(requete: Promise<{ n: number }[]>): Promise<number> {
  return Number((await requete)[0]?.n ?? 0);
}

async function pourAnct(db: Db): Promise<ElementAFaire[]> {
  const [decisions, recrutements, signatures] = await Promise.all([
    nombre(
      db
        .select({ n: count() })
        .from(candidaturesStructures)
        .where(inArray(candidaturesStructures.statut, EN_ATTENTE_DE_DECISION)),
    ),
    nombre(db.select({ n: count() }).from(misesEnRelation).where(eq(misesEnRelation.statut, 'recrutee'))),
    nombre(db.select({ n: count() }).from(conventions).where(eq(conventions.statut, 'SIGNATURE_A_VERIFIER'))),
  ]);
  return [
    {
      nombre: decisions,
      libelle: 'candidatures de structures attendent une décision du comité',
      href: '/anct/comite',
    },
    {
      nombre: recrutements,
      libelle: 'recrutements confirmés par le candidat attendent votre validation',
      href: '/anct/recrutements',
    },
    {
      nombre: signatures,
      libelle: 'conventions signées à vérifier',
      href: '/anct/conventions?statut=SIGNATURE_A_VERIFIER',
    },
  ];
}

async function pourPrefecture(db: Db, departementCode: string): Promise<ElementAFaire[]> {
  const sansAvis = await nombre(
    db
      .select({ n: count() })
      .from(candidaturesStructures)
      .innerJoin(structuresPubliees, eq(structuresPubliees.id, candidaturesStructures.structureId))
      .leftJoin(avisPrefecture, eq(avisPrefecture.candidatureId, candidaturesStructures.id))
      .where(
        and(
          eq(structuresPubliees.departementCode, departementCode),
          inArray(candidaturesStructures.statut, EN_ATTENTE_DE_DECISION),
          isNull(avisPrefecture.id),
        ),
      ),
  );
  return [
    {
      nombre: sansAvis,
      libelle: 'candidatures de structures attendent votre avis',
      href: '/recrutement/candidatures?avis=sans',
    },
  ];
}

async function pourStructure(db: Db, structureId: string): Promise<ElementAFaire[]> {
  const [aSigner, propositions, renvoyes] = await Promise.all([
    nombre(
      db
        .select({ n: count() })
        .from(conventions)
        .innerJoin(candidaturesStructures, eq(candidaturesStructures.id, conventions.candidatureId))
        .where(and(eq(candidaturesStructures.structureId, structureId), eq(conventions.statut, 'A_SIGNER'))),
    ),
    nombre(
      db
        .select({ n: count() })
        .from(misesEnRelation)
        .where(and(eq(misesEnRelation.structureId, structureId), eq(misesEnRelation.statut, 'nouvelle'))),
    ),
    nombre(
      db
        .select({ n: count() })
        .from(misesEnRelation)
        .where(and(eq(misesEnRelation.structureId, structureId), eq(misesEnRelation.statut, 'renvoyee'))),
    ),
  ]);
  return [
    { nombre: aSigner, libelle: 'conventions à signer et à déposer', href: '/structure/conventions' },
    {
      nombre: propositions,
      libelle: 'nouveaux candidats proposés près de chez vous',
      href: '/structure/candidats',
    },
    {
      nombre: renvoyes,
      libelle: 'recrutements renvoyés par l’ANCT à corriger',
      href: '/structure/candidats',
    },
  ];
}

async function pourCandidat(db: Db, utilisateurId: string): Promise<ElementAFaire[]> {
  const parStatut = (statut: string) =>
    nombre(
      db
        .select({ n: count() })
        .from(misesEnRelation)
        .innerJoin(candidats, eq(candidats.id, misesEnRelation.candidatId))
        .where(and(eq(candidats.utilisateurId, utilisateurId), eq(misesEnRelation.statut, statut))),
    );
  const [interessees, aConfirmer] = await Promise.all([parStatut('interessee'), parStatut('a_confirmer')]);
  return [
    {
      nombre: aConfirmer,
      libelle: 'recrutement à confirmer : une structure a enregistré votre embauche',
      href: '/candidat/propositions',
    },
    {
      nombre: interessees,
      libelle: 'structures s’intéressent à votre candidature',
      href: '/candidat/propositions',
    },
  ];
}

export const aFaireRecrutement: readonly SourceAFaire[] = [
  { roles: ['anct'], lister: (ctx) => pourAnct(ctx.db) },
  {
    roles: ['prefecture'],
    lister: async (ctx) => {
      const d = ctx.actor.active?.departementCode;
      return d ? pourPrefecture(ctx.db, d) : [];
    },
  },
  {
    roles: ['structure'],
    lister: async (ctx) => {
      const s = ctx.actor.active?.structureId;
      return s ? pourStructure(ctx.db, s) : [];
    },
  },
  { roles: ['candidat'], lister: (ctx) => pourCandidat(ctx.db, ctx.actor.userId) },
];
