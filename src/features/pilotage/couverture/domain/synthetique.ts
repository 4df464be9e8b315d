/** Deterministic synthetic communes and places (benchmark and tests): mainland France's bounding box. */
import type { CommuneCouverture, GenreLieu, LieuCouverture } from './calcul.ts';

/** mulberry32: small, fast, reproducible. */
export function aleatoire(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAT = [42.3, 51.1] as const;
const LNG = [-4.8, 8.2] as const;

export function communesSynthetiques(n: number, graine = 1): CommuneCouverture[] {
  const r = aleatoire(graine);
  return Array.from({ length: n }, (_, i) => ({
    code: String(i).padStart(5, '0'),
    departementCode: String(1 + (i % 95)).padStart(2, '0'),
    population: Math.floor(50 + r() ** 4 * 50_000),
    // One in a hundred without centre, as on a real install.
    latitude: i % 100 === 99 ? null : LAT[0] + r() * (LAT[1] - LAT[0]),
    longitude: i % 100 === 99 ? null : LNG[0] + r() * (LNG[1] - LNG[0]),
  }));
}

export function lieuxSynthetiques(n: number, graine = 2): LieuCouverture[] {
  const r = aleatoire(graine);
  return Array.from({ length: n }, () => {
    const genres: GenreLieu[] = ['mediation'];
    const x = r();
    if (x < 0.1) genres.push('france_services');
    if (x > 0.7) genres.push('conseiller_numerique');
    if (x > 0.85) genres.push('aidants_connect');
    return {
      departementCode: String(1 + Math.floor(r() * 95)).padStart(2, '0'),
      latitude: LAT[0] + r() * (LAT[1] - LAT[0]),
      longitude: LNG[0] + r() * (LNG[1] - LNG[0]),
      genres,
    };
  });
}
