/**
 * RGF93 / Lambert-93 (EPSG:2154) projected metres to WGS 84 degrees. RGF93 and WGS 84 agree to a few
 * centimetres, so the inverse Lambert conformal conic projection on GRS80 is enough (IGN NTG_71).
 */
const E = 0.0818191910428158; // GRS80 first eccentricity
const N = 0.725607765053267;
const C = 11754255.426096;
const XS = 700000;
const YS = 12655612.049876;
const LAMBDA0 = (3 * Math.PI) / 180;

export function lambert93VersWgs84(x: number, y: number): { latitude: number; longitude: number } {
  const dx = x - XS;
  const dy = YS - y;
  const r = Math.hypot(dx, dy);
  const gamma = Math.atan2(dx, dy);
  const longitude = LAMBDA0 + gamma / N;
  const latIso = -Math.log(r / C) / N;
  let phi = 2 * Math.atan(Math.exp(latIso)) - Math.PI / 2;
  for (let i = 0; i < 20; i++) {
    const s = E * Math.sin(phi);
    const next = 2 * Math.atan(((1 + s) / (1 - s)) ** (E / 2) * Math.exp(latIso)) - Math.PI / 2;
    if (Math.abs(next - phi) < 1e-12) {
      phi = next;
      break;
    }
    phi = next;
  }
  return { latitude: (phi * 180) / Math.PI, longitude: (longitude * 180) / Math.PI };
}
