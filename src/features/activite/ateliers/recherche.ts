import type { Db } from '../../../db/client.ts';
import { type LieuResume, lieuxParIds } from '../../lieux/index.ts';
import { boite, distanceKm } from './domain/distance.ts';
import { type AtelierLigne, ateliersPublics, comptes } from './repo.ts';

export interface CriteresAgenda {
  point: { latitude: number; longitude: number } | null;
  rayonKm: number;
  thematique: string | null;
  du: Date;
  au: Date | null;
}

export interface AtelierTrouve {
  atelier: AtelierLigne;
  lieu: LieuResume | undefined;
  distanceKm: number | null;
  confirmees: number;
  attente: number;
}

/** Upcoming published workshops matching the criteria, by start date, with their distance. */
export async function chercherAteliers(
  db: Db,
  c: CriteresAgenda,
  page: { offset: number; taille: number },
): Promise<{ total: number; resultats: AtelierTrouve[] }> {
  const rows = await ateliersPublics(db, {
    du: c.du,
    au: c.au,
    thematique: c.thematique,
    boite: c.point ? boite(c.point.latitude, c.point.longitude, c.rayonKm) : null,
  });
  const avecDistance = rows
    .map((atelier) => ({
      atelier,
      distanceKm:
        c.point && atelier.latitude !== null && atelier.longitude !== null
          ? distanceKm(c.point.latitude, c.point.longitude, atelier.latitude, atelier.longitude)
          : null,
    }))
    .filter((x) => !c.point || (x.distanceKm !== null && x.distanceKm <= c.rayonKm));
  const tranche = avecDistance.slice(page.offset, page.offset + page.taille);
  const [lieux, n] = await Promise.all([
    lieuxParIds(
      db,
      tranche.map((x) => x.atelier.lieuId),
    ),
    comptes(
      db,
      tranche.map((x) => x.atelier.id),
    ),
  ]);
  const parId = new Map(lieux.map((l) => [l.id, l]));
  return {
    total: avecDistance.length,
    resultats: tranche.map((x) => ({
      ...x,
      lieu: parId.get(x.atelier.lieuId),
      confirmees: n.get(x.atelier.id)?.confirmees ?? 0,
      attente: n.get(x.atelier.id)?.attente ?? 0,
    })),
  };
}
