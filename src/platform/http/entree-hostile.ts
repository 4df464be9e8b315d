import type { FastifyReply, FastifyRequest } from 'fastify';

/** Control characters other than tab and line breaks: never typed by a person, never in a valid value. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the list of what is refused
const CONTROLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const MESSAGE_CARACTERE_CONTROLE =
  'La requête contient des caractères invisibles non autorisés (caractère nul, de contrôle) : saisissez la valeur à nouveau.';

/** Deepest nesting accepted in a JSON body (a form or an API call never needs more). */
const PROFONDEUR_MAX = 32;

/** The first problem of a parsed value (query, params or body), if any. */
function probleme(valeur: unknown, profondeur = 0): 'controle' | 'profondeur' | null {
  if (typeof valeur === 'string') return CONTROLE.test(valeur) ? 'controle' : null;
  if (valeur === null || typeof valeur !== 'object') return null;
  if (profondeur > PROFONDEUR_MAX) return 'profondeur';
  if (Buffer.isBuffer(valeur)) return null;
  for (const [cle, v] of Object.entries(valeur as Record<string, unknown>)) {
    if (CONTROLE.test(cle)) return 'controle';
    const p = probleme(v, profondeur + 1);
    if (p) return p;
  }
  return null;
}

/**
 * The platform's first check of what a client sent, before any route sees it (preValidation): a control
 * character anywhere (path, query, body, keys) or an absurdly nested body is refused with a 400 and a
 * French message, instead of reaching a parser, the database or a template (where NUL gave 500s).
 * Uploaded files are not scanned (they are read by their importer, which has its own checks).
 */
export async function refuserEntreeHostile(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  let chemin = request.url.split('?')[0] ?? '';
  try {
    chemin = decodeURIComponent(chemin);
  } catch {
    throw Object.assign(new Error('adresse mal encodée'), { statusCode: 400, code: 'requete_invalide' });
  }
  const p =
    (CONTROLE.test(chemin) ? 'controle' : null) ??
    probleme(request.query) ??
    probleme(request.params) ??
    probleme(request.body);
  if (p === 'controle') {
    throw Object.assign(new Error(MESSAGE_CARACTERE_CONTROLE), {
      statusCode: 400,
      code: 'caractere_controle',
    });
  }
  if (p === 'profondeur') {
    throw Object.assign(new Error('corps trop imbriqué'), { statusCode: 400, code: 'requete_invalide' });
  }
}
