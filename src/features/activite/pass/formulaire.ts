import { estJourIso } from '../../../platform/valeurs/jour-paris.ts';
import { type ChequeSaisi, centimesDepuisEuros, normaliserEmetteur, normaliserNumero } from './domain.ts';

/** The form names of the cheque fields (one cheque per form, e.g. inside the accompaniment form). */
export const CHAMPS_CHEQUE = {
  numero: 'chequeNumero',
  emetteur: 'chequeEmetteur',
  valeur: 'chequeValeur',
  valableJusquau: 'chequeValableJusquau',
} as const;

export interface ValeursCheque {
  numero: string;
  emetteur: string;
  valeur: string;
  valableJusquau: string;
}

export const valeursChequeVides = (): ValeursCheque => ({
  numero: '',
  emetteur: '',
  valeur: '',
  valableJusquau: '',
});

const texte = (v: unknown) => (typeof v === 'string' ? v.trim().slice(0, 200) : '');

/** "31/12/2025" or "2025-12-31" → ISO; '' when unreadable. */
function dateIso(v: string): string {
  const fr = v.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  const iso = fr ? `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` : v;
  return estJourIso(iso) ? iso : '';
}

export type LectureCheque =
  | { cheque: null; valeurs: ValeursCheque; erreurs: Record<string, never> }
  | { cheque: ChequeSaisi; valeurs: ValeursCheque; erreurs: Record<string, never> }
  | { cheque: null; valeurs: ValeursCheque; erreurs: Record<string, string> };

/**
 * Reads the cheque fields of a form body. All empty: no cheque. Otherwise every field is needed; the
 * errors are keyed by form field name (the rules themselves are checked by the use case).
 */
export function lireChequeFormulaire(body: Record<string, unknown>): LectureCheque {
  const valeurs: ValeursCheque = {
    numero: texte(body[CHAMPS_CHEQUE.numero]),
    emetteur: texte(body[CHAMPS_CHEQUE.emetteur]),
    valeur: texte(body[CHAMPS_CHEQUE.valeur]),
    valableJusquau: texte(body[CHAMPS_CHEQUE.valableJusquau]),
  };
  if (!valeurs.numero && !valeurs.emetteur && !valeurs.valeur && !valeurs.valableJusquau)
    return { cheque: null, valeurs, erreurs: {} };
  const erreurs: Record<string, string> = {};
  if (!valeurs.numero) erreurs[CHAMPS_CHEQUE.numero] = 'Saisissez le numéro imprimé sur le chèque.';
  if (!normaliserEmetteur(valeurs.emetteur))
    erreurs[CHAMPS_CHEQUE.emetteur] = 'Indiquez l’émetteur du chèque, par exemple APTIC.';
  const centimes = centimesDepuisEuros(valeurs.valeur);
  if (Number.isNaN(centimes))
    erreurs[CHAMPS_CHEQUE.valeur] = 'Saisissez la valeur en euros, par exemple 10 ou 10,50.';
  const validite = dateIso(valeurs.valableJusquau);
  if (!validite)
    erreurs[CHAMPS_CHEQUE.valableJusquau] = 'Saisissez la date de fin de validité, par exemple 31/12/2025.';
  if (Object.keys(erreurs).length > 0) return { cheque: null, valeurs, erreurs };
  return {
    cheque: {
      numero: normaliserNumero(valeurs.numero),
      emetteur: normaliserEmetteur(valeurs.emetteur),
      valeurCentimes: centimes,
      valableJusquau: validite,
    },
    valeurs,
    erreurs: {},
  };
}

/** The use case's field errors (numero, valeur…, or cheques.N.numero) as form field names. */
export function erreursVersFormulaire(fields: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields ?? {})) {
    const cle = k.split('.').pop() as keyof typeof CHAMPS_CHEQUE;
    out[CHAMPS_CHEQUE[cle] ?? k] = v;
  }
  return out;
}
