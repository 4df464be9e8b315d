import { NOMS } from './poids.ts';

/** Names the curated demo people carry (beneficiaires/demo.ts): never generated. */
const NOMS_RESERVES = new Set(['Jeanne Martin', 'Karim Benali', 'Monique Lefèvre', 'Monique Lefebvre']);

/** Every first name × last name pair, shuffled, the reserved ones left out. */
export function combinaisons(r: () => number, prenoms: readonly string[]): { prenom: string; nom: string }[] {
  const out = prenoms.flatMap((prenom) =>
    NOMS.map((nom) => ({ prenom, nom })).filter((x) => !NOMS_RESERVES.has(`${x.prenom} ${x.nom}`)),
  );
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
