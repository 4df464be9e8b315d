import { dateHeureFr } from '../../../platform/valeurs/typographie.ts';

const NOMBRE = new Intl.NumberFormat('fr-FR');

export const dateHeure = (d: Date | null) => (d ? dateHeureFr(d) : 'jamais');
export const nombre = (n: number) => NOMBRE.format(n);
