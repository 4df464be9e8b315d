import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { ateliers, ateliersInscriptions, beneficiaires } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { type ContexteUtilisateur, inTransaction } from '../../../platform/context.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import type { Participant } from '../domain/saisie.ts';
import { DUREE_MAX, type Genre } from '../domain/vocabulaire.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';
import { peutAtelier } from './policy.ts';
import { verrouillerAtelier } from './repo.ts';

export interface SaisieAppel {
  /** Ids of the registrations present. */
  presents: string[];
  /** People who came without registering, by gender. */
  sansInscription: Record<Genre, number>;
}

export const SANS_INSCRIPTION_MAX = 100;

const anonyme = (genre: Genre): Participant => ({
  sorte: 'anonyme',
  profil: { genre, trancheAge: 'non_communique', statutSocial: 'non_communique', communeInsee: null },
});

/**
 * The roll call: marks who came and, the first time, records the collective activity (once per
 * workshop). Registrants agreed to registration, not to follow-up: they count as anonymous participants,
 * unless they are already among the adviser's beneficiaries (same e-mail or phone).
 */
export async function faireAppel(
  ctx: ContexteUtilisateur,
  atelierId: string,
  saisie: SaisieAppel,
): Promise<Result<{ activiteId: string; dejaEnregistree: boolean }>> {
  const structureId = ctx.actor.active?.structureId ?? '';
  return inTransaction<{ activiteId: string; dejaEnregistree: boolean }>(ctx, async (tx) => {
    const atelier = await verrouillerAtelier(tx.db, atelierId);
    if (!atelier || atelier.structureId !== structureId || !peutAtelier(ctx.actor, 'appel', structureId))
      return fail('atelier_introuvable', 'Cet atelier n’existe pas.', 404);
    if (atelier.statut !== 'publie') return fail('atelier_annule', 'Cet atelier est annulé.', 409);
    if (atelier.debut.getTime() > tx.now.getTime())
      return fail('atelier_a_venir', 'L’appel se fait une fois l’atelier commencé.', 409);
    const nombres = Object.values(saisie.sansInscription);
    if (nombres.some((n) => !Number.isInteger(n) || n < 0 || n > SANS_INSCRIPTION_MAX))
      return fail('saisie_invalide', 'L’appel n’a pas été enregistré.', 422, {
        sansInscription: `Indiquez un nombre de personnes entre 0 et ${SANS_INSCRIPTION_MAX}.`,
      });
    const inscrits = await tx.db
      .select()
      .from(ateliersInscriptions)
      .where(and(eq(ateliersInscriptions.atelierId, atelier.id), ne(ateliersInscriptions.statut, 'annulee')));
    const presents = inscrits.filter((i) => saisie.presents.includes(i.id));
    const ids = new Set(presents.map((p) => p.id));
    for (const present of [true, false]) {
      const lot = inscrits.filter((i) => ids.has(i.id) === present).map((i) => i.id);
      if (lot.length)
        await tx.db
          .update(ateliersInscriptions)
          .set({ present })
          .where(inArray(ateliersInscriptions.id, lot));
    }
    await recordAudit(tx.db, {
      actor: ctx.actor,
      action: 'atelier.appel',
      entityType: 'atelier',
      entityId: atelier.id,
      departementCode: atelier.departementCode,
      structureId,
      ip: ctx.ip,
      details: { presents: presents.length, sansInscription: nombres.reduce((a, b) => a + b, 0) },
    });
    if (atelier.activiteId) return ok({ activiteId: atelier.activiteId, dejaEnregistree: true });

    const courriels = presents.flatMap((p) => (p.courriel ? [p.courriel] : []));
    const telephones = presents.flatMap((p) => (p.telephone ? [p.telephone] : []));
    const connus =
      courriels.length + telephones.length === 0
        ? []
        : await tx.db
            .select({
              id: beneficiaires.id,
              courriel: beneficiaires.courriel,
              telephone: beneficiaires.telephone,
            })
            .from(beneficiaires)
            .where(
              and(
                eq(beneficiaires.conseillerId, ctx.actor.userId),
                eq(beneficiaires.structureId, structureId),
                isNull(beneficiaires.effaceLe),
                isNull(beneficiaires.fusionneDans),
                or(
                  courriels.length ? inArray(sql`lower(${beneficiaires.courriel})`, courriels) : sql`false`,
                  telephones.length
                    ? inArray(sql`regexp_replace(${beneficiaires.telephone}, '[ .-]', '', 'g')`, telephones)
                    : sql`false`,
                ),
              ),
            );
    const dejaPris = new Set<string>();
    const participants: Participant[] = presents.map((p) => {
      const b = connus.find(
        (c) =>
          !dejaPris.has(c.id) &&
          ((p.courriel && c.courriel?.toLowerCase() === p.courriel) ||
            (p.telephone && c.telephone?.replace(/[ .-]/g, '') === p.telephone)),
      );
      if (b) {
        dejaPris.add(b.id);
        return { sorte: 'existant', beneficiaireId: b.id };
      }
      return anonyme('non_communique');
    });
    for (const [genre, n] of Object.entries(saisie.sansInscription) as [Genre, number][])
      for (let i = 0; i < n; i++) participants.push(anonyme(genre));
    const duree = Math.min(DUREE_MAX, Math.round((atelier.fin.getTime() - atelier.debut.getTime()) / 60000));
    const activite = await enregistrerActivite(
      tx,
      { structureId, conseillerId: ctx.actor.userId },
      {
        type: 'collectif',
        date: jourParis(atelier.debut),
        dureeMinutes: duree,
        typeLieu: 'lieu_activite',
        lieuId: atelier.lieuId,
        communeInsee: null,
        titre: atelier.titre,
        niveau: atelier.niveau as 'debutant',
        atelierId: atelier.id,
        thematiquesNumeriques: atelier.thematiques as never[],
        thematiquesAdministratives: [],
        materiel: [],
        autonomie: null,
        orientation: null,
        notes: null,
        participants,
      },
    );
    if (!activite.ok) return activite;
    await tx.db.update(ateliers).set({ activiteId: activite.value.id }).where(eq(ateliers.id, atelier.id));
    return ok({ activiteId: activite.value.id, dejaEnregistree: false });
  });
}
