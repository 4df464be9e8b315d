import { createRequire } from 'node:module';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  communes,
  departements,
  epcis,
  regions,
  versionsReferentiels,
  type Zone,
} from '../../db/schema/index.ts';
import { fuseauHoraire } from './domain/fuseaux.ts';
import { normaliserNom } from './domain/normalisation.ts';

const require = createRequire(import.meta.url);

interface CogRegion {
  code: string;
  nom: string;
  zone: Zone;
}
interface CogDepartement extends CogRegion {
  region: string;
}
interface CogCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
}
interface CogEpci {
  code: string;
  nom: string;
  type: string;
  populationTotale?: number;
  membres: { code: string }[];
}

/** Bump when the loading logic changes, so existing databases reload. */
const LOADER_VERSION = '1';
const BATCH = 1000;

function datasetVersion(): string {
  const pkg = require('@etalab/decoupage-administratif/package.json') as { version: string };
  return `${pkg.version}/${LOADER_VERSION}`;
}

/**
 * Loads régions, départements (with overseas), current communes with population and postal codes, and
 * EPCI with their member communes from @etalab/decoupage-administratif. Runs once per dataset version.
 */
export async function chargerReferentielGeographique(
  db: Db,
  onProgress?: (done: number, total: number) => void,
) {
  const version = datasetVersion();
  const [current] = await db
    .select()
    .from(versionsReferentiels)
    .where(eq(versionsReferentiels.nom, 'geographie'));
  if (current?.version === version) return { loaded: false as const };

  const cogRegions = require('@etalab/decoupage-administratif/data/regions.json') as CogRegion[];
  const cogDepartements =
    require('@etalab/decoupage-administratif/data/departements.json') as CogDepartement[];
  const cogCommunes = (require('@etalab/decoupage-administratif/data/communes.json') as CogCommune[]).filter(
    (c) => c.type === 'commune-actuelle',
  );
  const cogEpcis = require('@etalab/decoupage-administratif/data/epci.json') as CogEpci[];
  const epciOf = new Map<string, string>();
  for (const e of cogEpcis) for (const m of e.membres) epciOf.set(m.code, e.code);

  const total = cogCommunes.length;
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(cogRegions.map((r) => ({ code: r.code, nom: r.nom, zone: r.zone })))
      .onConflictDoUpdate({
        target: regions.code,
        set: { nom: sql`excluded.nom`, zone: sql`excluded.zone` },
      });
    await tx
      .insert(departements)
      .values(
        cogDepartements.map((d) => ({
          code: d.code,
          nom: d.nom,
          regionCode: d.region,
          zone: d.zone,
          fuseauHoraire: fuseauHoraire(d.code),
        })),
      )
      .onConflictDoUpdate({
        target: departements.code,
        set: {
          nom: sql`excluded.nom`,
          regionCode: sql`excluded.region_code`,
          zone: sql`excluded.zone`,
          fuseauHoraire: sql`excluded.fuseau_horaire`,
        },
      });
    for (let i = 0; i < cogEpcis.length; i += BATCH) {
      await tx
        .insert(epcis)
        .values(
          cogEpcis.slice(i, i + BATCH).map((e) => ({
            code: e.code,
            nom: e.nom,
            type: e.type,
            population: e.populationTotale ?? null,
          })),
        )
        .onConflictDoUpdate({
          target: epcis.code,
          set: { nom: sql`excluded.nom`, type: sql`excluded.type`, population: sql`excluded.population` },
        });
    }
    for (let i = 0; i < total; i += BATCH) {
      await tx
        .insert(communes)
        .values(
          cogCommunes.slice(i, i + BATCH).map((c) => ({
            code: c.code,
            nom: c.nom,
            nomRecherche: normaliserNom(c.nom),
            departementCode: c.departement,
            regionCode: c.region,
            epciCode: epciOf.get(c.code) ?? null,
            codesPostaux: c.codesPostaux ?? [],
            population: c.population ?? null,
          })),
        )
        .onConflictDoUpdate({
          target: communes.code,
          set: {
            nom: sql`excluded.nom`,
            nomRecherche: sql`excluded.nom_recherche`,
            departementCode: sql`excluded.departement_code`,
            regionCode: sql`excluded.region_code`,
            epciCode: sql`excluded.epci_code`,
            codesPostaux: sql`excluded.codes_postaux`,
            population: sql`excluded.population`,
          },
        });
      onProgress?.(Math.min(i + BATCH, total), total);
    }
    await tx
      .insert(versionsReferentiels)
      .values({ nom: 'geographie', version })
      .onConflictDoUpdate({ target: versionsReferentiels.nom, set: { version, chargeLe: sql`now()` } });
  });
  // Planner statistics right away: PGlite has no autovacuum, and without them the search's trigram and
  // prefix indexes are costed blindly (10x slower plans).
  await db.execute(sql`analyze regions, departements, epcis, communes`);
  return {
    loaded: true as const,
    communes: total,
    epcis: cogEpcis.length,
    departements: cogDepartements.length,
  };
}
