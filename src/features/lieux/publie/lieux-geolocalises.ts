import { and, count, isNotNull, isNull, max } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { lieux } from '../../../db/schema/index.ts';

/** A live geolocated place as coverage computations read it (pilotage): position and programmes. */
export interface LieuGeolocalise {
  departementCode: string | null;
  latitude: number;
  longitude: number;
  typologie: string[];
  dispositifProgrammesNationaux: string[];
}

const vivantsGeolocalises = and(
  isNull(lieux.fusionneDans),
  isNotNull(lieux.latitude),
  isNotNull(lieux.longitude),
);

/** Every place not merged away that has a position. */
export async function lieuxGeolocalises(db: Db): Promise<LieuGeolocalise[]> {
  const rows = await db
    .select({
      departementCode: lieux.departementCode,
      latitude: lieux.latitude,
      longitude: lieux.longitude,
      typologie: lieux.typologie,
      dispositifProgrammesNationaux: lieux.dispositifProgrammesNationaux,
    })
    .from(lieux)
    .where(vivantsGeolocalises);
  return rows.map((r) => ({ ...r, latitude: r.latitude as number, longitude: r.longitude as number }));
}

/** Changes whenever a place is added, changed, merged or removed: lets readers skip a recompute. */
export async function empreinteLieux(db: Db): Promise<string> {
  const [r] = await db
    .select({ n: count(), dernier: max(lieux.modifieLe) })
    .from(lieux)
    .where(vivantsGeolocalises);
  const dernier = r?.dernier ? new Date(r.dernier).toISOString() : '-';
  return `${r?.n ?? 0}:${dernier}`;
}
