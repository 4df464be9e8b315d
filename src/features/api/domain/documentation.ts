/**
 * Turns the OpenAPI document into what the documentation page shows: pure, so the page is always the
 * document's exact reflection (no second, hand-written description to keep in sync).
 */
type Json = Record<string, unknown>;

export interface ParametreDoc {
  nom: string;
  emplacement: string;
  obligatoire: boolean;
  type: string;
  description: string;
}

export interface ReponseDoc {
  status: string;
  description: string;
  probleme: boolean;
  exemple: string | null;
}

export interface OperationDoc {
  id: string;
  methode: string;
  chemin: string;
  resume: string;
  description: string;
  jeton: boolean;
  parametres: ParametreDoc[];
  corps: string | null;
  reponses: ReponseDoc[];
}

export interface GroupeDoc {
  tag: string;
  ancre: string;
  operations: OperationDoc[];
}

export const DESCRIPTIONS_STATUTS: Record<string, string> = {
  '200': 'Succès',
  '201': 'Créé',
  '204': 'Succès, sans contenu',
  '400': 'Requête invalide (paramètres)',
  '401': 'Authentification requise ou jeton invalide',
  '403': 'Accès refusé (portée ou périmètre du jeton)',
  '404': 'Ressource introuvable',
  '409': 'Conflit',
  '422': 'Données invalides',
  '429': 'Trop de requêtes',
};

const METHODES = ['get', 'post', 'put', 'patch', 'delete'] as const;

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function resoudre(schema: unknown, doc: Json): Json {
  let s = (schema ?? {}) as Json;
  for (let i = 0; i < 10 && typeof s.$ref === 'string'; i++) {
    const path = (s.$ref as string).replace(/^#\//, '').split('/');
    s = path.reduce<unknown>((acc, key) => (acc as Json | undefined)?.[key], doc) as Json;
    s ??= {};
  }
  return s;
}

/** A short type name for a parameter: "chaîne", "entier (1 à 50)", "« a » | « b »". */
export function typeLisible(schema: unknown, doc: Json): string {
  const s = resoudre(schema, doc);
  if (Array.isArray(s.enum)) return s.enum.map((v) => `« ${String(v)} »`).join(' | ');
  const variants = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (variants) return variants.map((v) => typeLisible(v, doc)).join(' ou ');
  const type = Array.isArray(s.type) ? s.type.filter((x) => x !== 'null')[0] : s.type;
  const bornes =
    typeof s.minimum === 'number' && typeof s.maximum === 'number' && Math.abs(s.maximum) < 1e9
      ? ` (${s.minimum} à ${s.maximum})`
      : '';
  switch (type) {
    case 'integer':
      return `entier${bornes}`;
    case 'number':
      return `nombre${bornes}`;
    case 'boolean':
      return 'booléen';
    case 'array':
      return `liste de ${typeLisible(s.items, doc)}`;
    case 'object':
      return 'objet';
    case 'string':
      return s.format === 'uuid'
        ? 'identifiant (UUID)'
        : s.format === 'date-time'
          ? 'date et heure (ISO 8601)'
          : 'chaîne';
    case 'null':
      return 'null';
    default:
      return 'valeur';
  }
}

const EXEMPLES_PAR_NOM: Record<string, unknown> = {
  code: '02408',
  nom: 'Laon',
  departement: '02',
  region: '32',
  email: 'prenom.nom@exemple.fr',
  siret: '21020387300018',
  next_cursor: 'YToxMjM0',
};

/** An example value built from a JSON schema (names of known fields get realistic values). */
export function exempleDepuisSchema(schema: unknown, doc: Json, nom = '', profondeur = 0): unknown {
  const s = resoudre(schema, doc);
  if (profondeur > 8) return null;
  if (s.examples && Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if (s.example !== undefined) return s.example;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  const variants = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (variants?.length) {
    const choisi = variants.find((v) => resoudre(v, doc).type !== 'null') ?? variants[0];
    return exempleDepuisSchema(choisi, doc, nom, profondeur + 1);
  }
  const type = Array.isArray(s.type) ? (s.type.find((x) => x !== 'null') ?? 'null') : s.type;
  if (type === 'object' || s.properties) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries((s.properties ?? {}) as Json))
      out[k] = exempleDepuisSchema(v, doc, k, profondeur + 1);
    return out;
  }
  if (type === 'array') return [exempleDepuisSchema(s.items, doc, nom, profondeur + 1)];
  if (type === 'integer') return typeof s.minimum === 'number' && s.minimum > 0 ? s.minimum : 1;
  if (type === 'number') return 49.5641;
  if (type === 'boolean') return true;
  if (type === 'null') return null;
  if (type === 'string') {
    if (nom in EXEMPLES_PAR_NOM) return EXEMPLES_PAR_NOM[nom];
    if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000101';
    if (s.format === 'date-time') return '2021-03-31T12:00:00.000Z';
    if (s.format === 'date') return '2021-03-31';
    if (s.format === 'email') return EXEMPLES_PAR_NOM.email;
    return 'texte';
  }
  return null;
}

function contenu(media: unknown): { type: string; schema: unknown } | null {
  const entries = Object.entries((media ?? {}) as Json);
  const first = entries[0];
  return first ? { type: first[0], schema: (first[1] as Json).schema } : null;
}

export function construireDocumentation(doc: Json): GroupeDoc[] {
  const groupes = new Map<string, OperationDoc[]>();
  for (const [chemin, item] of Object.entries((doc.paths ?? {}) as Json)) {
    for (const methode of METHODES) {
      const op = (item as Json)[methode] as Json | undefined;
      if (!op) continue;
      const parametres = ((op.parameters ?? []) as Json[]).map((p) => ({
        nom: String(p.name),
        emplacement:
          p.in === 'query'
            ? 'requête'
            : p.in === 'path'
              ? 'chemin'
              : p.in === 'header'
                ? 'en-tête'
                : String(p.in),
        obligatoire: Boolean(p.required),
        type: typeLisible(p.schema, doc),
        description: String(p.description ?? (p.schema as Json | undefined)?.description ?? ''),
      }));
      const body = contenu((op.requestBody as Json | undefined)?.content);
      const reponses = Object.entries((op.responses ?? {}) as Json).map(([status, r]) => {
        const c = contenu((r as Json).content);
        const description = String((r as Json).description ?? '');
        return {
          status,
          description:
            !description || description === 'Default Response'
              ? (DESCRIPTIONS_STATUTS[status] ?? '')
              : description,
          probleme: Number(status) >= 400,
          exemple:
            c && Number(status) < 400 ? JSON.stringify(exempleDepuisSchema(c.schema, doc), null, 2) : null,
        };
      });
      const tag = ((op.tags ?? []) as string[])[0] ?? 'Divers';
      const list = groupes.get(tag) ?? [];
      list.push({
        id: slug(`${methode}-${chemin}`),
        methode: methode.toUpperCase(),
        chemin,
        resume: String(op.summary ?? ''),
        description: String(op.description ?? ''),
        jeton: Array.isArray(op.security) && op.security.length > 0,
        parametres,
        corps: body ? JSON.stringify(exempleDepuisSchema(body.schema, doc), null, 2) : null,
        reponses,
      });
      groupes.set(tag, list);
    }
  }
  return [...groupes].map(([tag, operations]) => ({ tag, ancre: slug(tag), operations }));
}

/**
 * Completes the generated document: problem+json media type and readable descriptions on responses,
 * and how to obtain a token. Returns a copy (the generated document is cached by @fastify/swagger).
 */
export function completerDocument(source: Json): Json {
  const doc = structuredClone(source);
  for (const item of Object.values((doc.paths ?? {}) as Json)) {
    for (const methode of METHODES) {
      const op = (item as Json)[methode] as Json | undefined;
      if (!op?.responses) continue;
      for (const [status, r] of Object.entries(op.responses as Json)) {
        const reponse = r as Json;
        if (!reponse.description || reponse.description === 'Default Response') {
          reponse.description = DESCRIPTIONS_STATUTS[status] ?? 'Réponse';
        }
        const content = reponse.content as Json | undefined;
        if (Number(status) >= 400 && content?.['application/json']) {
          content['application/problem+json'] = content['application/json'];
          delete content['application/json'];
        }
      }
    }
  }
  const schemes = ((doc.components as Json | undefined)?.securitySchemes ?? {}) as Json;
  if (schemes.jeton) {
    (schemes.jeton as Json).description =
      'Jeton d’API créé par l’ANCT (page « Jetons d’API »), envoyé dans l’en-tête `Authorization: Bearer mlg_…`. Vérifiez-le avec GET /api/v1/moi.';
  }
  return doc;
}
