/** Great-circle distance in km (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r;
  const dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A latitude/longitude box that contains the circle (a cheap first filter). */
export function boite(lat: number, lon: number, rayonKm: number) {
  const dLat = rayonKm / 111.2;
  const dLon = rayonKm / (111.2 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
  return { latMin: lat - dLat, latMax: lat + dLat, lonMin: lon - dLon, lonMax: lon + dLon };
}

export const RAYONS = [5, 10, 20, 50, 100] as const;
