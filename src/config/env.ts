import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** Raised when the environment cannot start the platform; the message names the fix, in French. */
export class ConfigError extends Error {}

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

const envSchema = z.object({
  MODE: z.preprocess(emptyToUndefined, z.enum(['demo', 'production']).default('demo')),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  BASE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .optional(),
  ),
  SESSION_SECRET: z.preprocess(emptyToUndefined, z.string().min(32).optional()),
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//)
      .optional(),
  ),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default('Maillage <ne-pas-repondre@maillage.local>')),
  CONTACT_EMAIL: z.preprocess(emptyToUndefined, z.email().optional()),
  HEBERGEUR: z.preprocess(emptyToUndefined, z.string().max(300).optional()),
  LIEUX_FOND_DE_CARTE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  GEOCODAGE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  GEOCODAGE_DELAI_MS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(100).max(30000).default(3000),
  ),
  PROCONNECT_ISSUER: z.preprocess(emptyToUndefined, z.url().optional()),
  PROCONNECT_CLIENT_ID: z.preprocess(emptyToUndefined, z.string().optional()),
  PROCONNECT_CLIENT_SECRET: z.preprocess(emptyToUndefined, z.string().optional()),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  JOBS: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).default('on')),
  LIMITE_CONNEXIONS_IP: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(1).max(100000).default(20),
  ),
  TRUST_PROXY: z.preprocess(
    emptyToUndefined,
    z.string().max(2000).optional().transform(lireProxysDeConfiance),
  ),
  TACHES_PLANNING_TEST: z.preprocess(
    emptyToUndefined,
    z.string().max(2000).optional().transform(lirePlanningTest),
  ),
  PG_BIN: z.preprocess(emptyToUndefined, z.string().optional()),
  ACTIVITE_CONSERVATION_MOIS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(1).max(600).default(24),
  ),
});

/** « nom=expression; nom2=expression » (cron expressions hold spaces, never « ; » nor « = »). */
function lirePlanningTest(valeur: string | undefined, ctx: z.RefinementCtx): Record<string, string> {
  const planning: Record<string, string> = {};
  if (valeur === undefined) return planning;
  for (const entree of valeur.split(';')) {
    if (!entree.trim()) continue;
    const [nom, expression, ...reste] = entree.split('=').map((x) => x.trim());
    if (!nom || !expression || reste.length) {
      ctx.addIssue({ code: 'custom', message: 'valeur invalide' });
      return z.NEVER;
    }
    planning[nom] = expression;
  }
  return planning;
}

/**
 * Which reverse proxies may state the client's address in X-Forwarded-For: none by default (a forged
 * header then changes nothing), a number of hops (« 1 » behind one proxy), or the proxies' addresses
 * and networks (« 10.0.0.2, 10.1.0.0/16 », or « loopback »).
 */
function lireProxysDeConfiance(valeur: string | undefined, ctx: z.RefinementCtx): false | number | string[] {
  if (valeur === undefined) return false;
  const v = valeur.trim();
  if (/^\d+$/.test(v)) {
    const sauts = Number(v);
    if (sauts >= 1 && sauts <= 10) return sauts;
  } else {
    const parts = v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const valide = (p: string) => {
      if (['loopback', 'linklocal', 'uniquelocal'].includes(p)) return true;
      const [ip, prefixe, ...reste] = p.split('/');
      if (reste.length || !ip || !isIP(ip)) return false;
      if (prefixe === undefined) return true;
      const max = isIP(ip) === 4 ? 32 : 128;
      return /^\d{1,3}$/.test(prefixe) && Number(prefixe) <= max;
    };
    if (parts.length > 0 && parts.every(valide)) return parts;
  }
  ctx.addIssue({ code: 'custom', message: 'valeur invalide' });
  return z.NEVER;
}

const hints: Record<string, string> = {
  MODE: 'MODE doit valoir « demo » ou « production ».',
  HOST: 'HOST doit être une adresse d’écoute, par exemple 127.0.0.1.',
  PORT: 'PORT doit être un numéro de port entre 0 et 65535, par exemple 3000.',
  BASE_URL: 'BASE_URL doit être une adresse complète, par exemple https://maillage.example.gouv.fr.',
  DATABASE_URL: 'DATABASE_URL doit commencer par postgres:// (ou être absente pour la base embarquée).',
  SESSION_SECRET:
    'SESSION_SECRET doit contenir au moins 32 caractères (générez-en un avec « openssl rand -hex 32 »).',
  SMTP_URL:
    'SMTP_URL doit commencer par smtp:// ou smtps://, par exemple smtps://utilisateur:motdepasse@smtp.example.fr:465.',
  CONTACT_EMAIL:
    'CONTACT_EMAIL doit être une adresse électronique, par exemple contact@maillage.example.gouv.fr.',
  HEBERGEUR: 'HEBERGEUR doit tenir en 300 caractères (nom, adresse et téléphone de l’hébergeur).',
  LIEUX_FOND_DE_CARTE_URL:
    'LIEUX_FOND_DE_CARTE_URL doit être l’adresse d’un style MapLibre, par exemple https://openmaptiles.geo.data.gouv.fr/styles/osm-bright/style.json.',
  GEOCODAGE_URL:
    'GEOCODAGE_URL doit être l’adresse du service national d’adresses (BAN), par exemple https://api-adresse.data.gouv.fr, ou être absente (géocodage désactivé : centre de la commune).',
  GEOCODAGE_DELAI_MS:
    'GEOCODAGE_DELAI_MS doit être un nombre de millisecondes entre 100 et 30000 (délai d’attente du service d’adresses, 3000 par défaut).',
  PROCONNECT_ISSUER: 'PROCONNECT_ISSUER doit être l’adresse de l’émetteur OpenID Connect de ProConnect.',
  LOG_LEVEL: 'LOG_LEVEL doit valoir fatal, error, warn, info, debug, trace ou silent.',
  JOBS: 'JOBS doit valoir « on » ou « off ».',
  TRUST_PROXY:
    'TRUST_PROXY doit être vide (aucun mandataire de confiance), un nombre de mandataires entre 1 et 10, ou leurs adresses séparées par des virgules, par exemple 10.0.0.2, 10.1.0.0/16 ou loopback.',
  TACHES_PLANNING_TEST:
    'TACHES_PLANNING_TEST (réservée aux tests) doit avoir la forme « nom-de-tache=expression cron », plusieurs séparées par « ; », par exemple « purge-sessions=* * * * * * ».',
  LIMITE_CONNEXIONS_IP:
    'LIMITE_CONNEXIONS_IP doit être un nombre entier positif (tentatives de connexion par adresse IP et par 5 minutes, 20 par défaut).',
  ACTIVITE_CONSERVATION_MOIS:
    'ACTIVITE_CONSERVATION_MOIS doit être un nombre entier de mois entre 1 et 600 (durée de conservation des données nominatives des bénéficiaires sans accompagnement, 24 par défaut).',
};

export interface ProConnectConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface Config {
  mode: 'demo' | 'production';
  host: string;
  port: number;
  baseUrl: string;
  secureCookies: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Shown on the legal pages (accessibility, personal data); optional. */
  contactEmail?: string | undefined;
  /** Host named on the legal notice (name, address, phone); optional. */
  hebergeur?: string | undefined;
  /** MapLibre style of the places map's basemap; absent: points on a plain background. */
  lieuxFondDeCarteUrl?: string | undefined;
  /** National address service (BAN `api-adresse` format); absent: no geocoding, commune centres only. */
  geocodageUrl?: string | undefined;
  /** Timeout of one call to the address service, in milliseconds. */
  geocodageDelaiMs: number;
  proConnect: ProConnectConfig | undefined;
  logLevel: string;
  jobs: boolean;
  /** Login-type POSTs allowed per IP address and per 5 minutes (per process). */
  limiteConnexionsIp: number;
  /** Reverse proxies whose X-Forwarded-For is believed: none, a hop count, or addresses/networks. */
  trustProxy: false | number | string[];
  /** TACHES_PLANNING_TEST, reserved for tests (never in production): job name → cron expression. */
  planningTachesTest: Record<string, string>;
  /** Folder of pg_dump, pg_restore and psql (`maillage db sauvegarder|restaurer`); absent: searched. */
  pgBin?: string | undefined;
  /** Months a beneficiary's personal data is kept after their last accompaniment (then erased). */
  activiteConservationMois: number;
}

/** Reads and validates the environment. Throws ConfigError with a French message naming the fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      return `- ${key} : ${hints[key] ?? issue.message}`;
    });
    throw new ConfigError(`Configuration invalide :\n${lines.join('\n')}\nVoir .env.example et le README.`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const baseUrl = (e.BASE_URL ?? `http://${e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST}:${e.PORT}`).replace(
    /\/$/,
    '',
  );

  if (e.MODE === 'production') {
    const missing: string[] = [];
    if (!e.SESSION_SECRET)
      missing.push(`- SESSION_SECRET : obligatoire en production. ${hints.SESSION_SECRET}`);
    if (!e.BASE_URL) missing.push('- BASE_URL : obligatoire en production (adresse publique du service).');
    if (Object.keys(e.TACHES_PLANNING_TEST).length)
      missing.push('- TACHES_PLANNING_TEST : réservée aux tests, refusée en production ; retirez-la.');
    if (missing.length) throw new ConfigError(`Configuration invalide :\n${missing.join('\n')}`);
  }

  const pc = [e.PROCONNECT_ISSUER, e.PROCONNECT_CLIENT_ID, e.PROCONNECT_CLIENT_SECRET];
  if (pc.some(Boolean) && !pc.every(Boolean)) {
    throw new ConfigError(
      'Configuration invalide :\n- ProConnect : renseignez ensemble PROCONNECT_ISSUER, PROCONNECT_CLIENT_ID et PROCONNECT_CLIENT_SECRET, ou aucune des trois.',
    );
  }

  return {
    mode: e.MODE,
    host: e.HOST,
    port: e.PORT,
    baseUrl,
    secureCookies: baseUrl.startsWith('https://'),
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecret: e.SESSION_SECRET ?? demoSecret(dataDir),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    contactEmail: e.CONTACT_EMAIL,
    hebergeur: e.HEBERGEUR,
    lieuxFondDeCarteUrl: e.LIEUX_FOND_DE_CARTE_URL,
    geocodageUrl: e.GEOCODAGE_URL,
    geocodageDelaiMs: e.GEOCODAGE_DELAI_MS,
    proConnect: e.PROCONNECT_ISSUER
      ? {
          issuer: e.PROCONNECT_ISSUER,
          clientId: e.PROCONNECT_CLIENT_ID!,
          clientSecret: e.PROCONNECT_CLIENT_SECRET!,
        }
      : undefined,
    logLevel: e.LOG_LEVEL,
    jobs: e.JOBS === 'on',
    limiteConnexionsIp: e.LIMITE_CONNEXIONS_IP,
    trustProxy: e.TRUST_PROXY,
    planningTachesTest: e.TACHES_PLANNING_TEST,
    pgBin: e.PG_BIN,
    activiteConservationMois: e.ACTIVITE_CONSERVATION_MOIS,
  };
}

/** In demo mode the session secret is generated once and kept beside the data. */
function demoSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('hex');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
