import { and, eq, sql } from 'drizzle-orm';
import { beneficiaires } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import type { AppDeps } from '../../../platform/http/deps.ts';
import type { StartupContext } from '../../../platform/startup.ts';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/index.ts';
import type { NouveauBeneficiaire, Participant } from '../domain/saisie.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';

function nouveau(prenom: string, nom: string, extra: Partial<NouveauBeneficiaire> = {}): Participant {
  return {
    sorte: 'nouveau',
    beneficiaire: {
      prenom,
      nom,
      telephone: null,
      courriel: null,
      anneeNaissance: null,
      genre: 'non_communique',
      trancheAge: 'non_communique',
      statutSocial: 'non_communique',
      communeInsee: '02408',
      consentement: true,
      ...extra,
    },
  };
}

/** The Paris day `jours` days before `now`. */
const ilYA = (now: Date, jours: number) => jourParis(new Date(now.getTime() - jours * 86_400_000));

/**
 * A few people followed by the demo conseiller (Léa Petit, Laon): one seen twice, a likely duplicate
 * and a person recorded without consent, so every page of « Mes bénéficiaires » has something to show.
 * Runs once: later starts find her beneficiaries and stop.
 */
export async function seedBeneficiairesDemo(
  ctx: Pick<StartupContext, 'config' | 'database' | 'now' | 'registry'>,
) {
  const { db } = ctx.database;
  const lea = persona('conseiller').id;
  const [deja] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(beneficiaires)
    // Already seeded: the one person of this set recorded without consent is there (the generated
    // activity of demo/ never uses her last name).
    .where(and(eq(beneficiaires.conseillerId, lea), eq(beneficiaires.nom, 'Lefèvre')));
  if ((deja?.n ?? 0) > 0) return;
  const deps: AppDeps = {
    config: ctx.config,
    db,
    engine: ctx.database.engine,
    mailer: { send: async () => {} },
    now: () => ctx.now,
    registry: ctx.registry,
  };
  const auteur = { structureId: DEMO_STRUCTURES.laon.id, conseillerId: lea };
  const enregistrer = async (jours: number, participant: Participant, themes: string[]) => {
    const r = await enregistrerActivite(
      systemContext(deps),
      auteur,
      {
        type: 'individuel',
        date: ilYA(ctx.now, jours),
        dureeMinutes: 45,
        typeLieu: 'domicile',
        lieuId: null,
        communeInsee: null,
        titre: null,
        niveau: null,
        atelierId: null,
        thematiquesNumeriques: themes as never[],
        thematiquesAdministratives: [],
        materiel: ['telephone'],
        autonomie: 'partiellement_autonome',
        orientation: null,
        notes: null,
        participants: [participant],
      },
      { source: 'demo' },
    );
    if (!r.ok) throw new Error(`bénéficiaires de démonstration : ${r.error.message}`);
    return r.value.accompagnements[0]!.beneficiaireId;
  };
  const jeanne = await enregistrer(
    40,
    nouveau('Jeanne', 'Martin', {
      genre: 'feminin',
      trancheAge: 'soixante_dix_plus',
      statutSocial: 'retraite',
      anneeNaissance: 1948,
      telephone: '03 23 00 00 01',
    }),
    ['email'],
  );
  await enregistrer(12, { sorte: 'existant', beneficiaireId: jeanne }, ['navigation_sur_internet']);
  await enregistrer(5, nouveau('jeanne', 'MARTIN', { genre: 'feminin' }), ['email']);
  await enregistrer(20, nouveau('Karim', 'Benali', { genre: 'masculin', anneeNaissance: 1990 }), ['email']);
  const sansAccord = await enregistrer(8, nouveau('Monique', 'Lefèvre', { genre: 'feminin' }), ['email']);
  // As if sent by the structure's software without consent.
  await db.update(beneficiaires).set({ consentementLe: null }).where(eq(beneficiaires.id, sansAccord));
}
