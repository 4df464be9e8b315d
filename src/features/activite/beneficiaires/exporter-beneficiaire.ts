import { recordAudit } from '../../../platform/audit/audit.ts';
import { inTransaction, type UseCaseContext } from '../../../platform/context.ts';
import { ok, type Result } from '../../../platform/result.ts';
import { nomsCommunes } from '../../territoires/index.ts';
import { beneficiaireAutorise } from './acces.ts';
import { historiqueBeneficiaire } from './lectures.ts';
import { type AccompagnementPresente, presenterAccompagnement, profil } from './presenter.ts';

/** Everything kept about one person (right of access), in French, as the JSON file gives it. */
export interface DonneesBeneficiaire {
  exporteLe: string;
  identite: {
    prenom: string | null;
    nom: string | null;
    telephone: string | null;
    courriel: string | null;
    anneeNaissance: number | null;
    notes: string | null;
  };
  profilStatistique: ReturnType<typeof profil>;
  consentementLe: string | null;
  creeLe: string;
  modifieLe: string;
  derniereActivite: string | null;
  accompagnements: AccompagnementPresente[];
}

export type Format = 'json' | 'csv';

/** Gathers one person's data for the adviser who follows them; the journal records that it left. */
export async function exporterBeneficiaire(
  ctx: UseCaseContext,
  id: string,
  format: Format,
): Promise<Result<DonneesBeneficiaire>> {
  const acces = await beneficiaireAutorise(ctx, 'exporter', id);
  if (!acces.ok) return acces;
  const b = acces.value;
  return inTransaction(ctx, async (tx) => {
    const historique = await historiqueBeneficiaire(tx.db, b.id);
    const codes = [b.communeInsee, ...historique.map((a) => a.communeInsee)].filter((c): c is string => !!c);
    const communes = await nomsCommunes(tx.db, codes);
    await recordAudit(tx.db, {
      actor: tx.actor,
      action: 'activite.beneficiaire.export',
      entityType: 'beneficiaire',
      entityId: b.id,
      structureId: b.structureId,
      ip: tx.ip,
      details: { format, accompagnements: historique.length },
    });
    return ok({
      exporteLe: tx.now.toISOString(),
      identite: {
        prenom: b.prenom,
        nom: b.nom,
        telephone: b.telephone,
        courriel: b.courriel,
        anneeNaissance: b.anneeNaissance,
        notes: b.notes,
      },
      profilStatistique: profil(b, communes),
      consentementLe: b.consentementLe?.toISOString() ?? null,
      creeLe: b.creeLe.toISOString(),
      modifieLe: b.modifieLe.toISOString(),
      derniereActivite: b.derniereActivite,
      accompagnements: historique.map((a) => presenterAccompagnement(a, communes)),
    });
  });
}
