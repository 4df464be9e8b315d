import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../../src/config/env.ts';
import type { Database } from '../../src/db/client.ts';
import { adhesions } from '../../src/db/schema/index.ts';
import { persona } from '../../src/features/comptes/demo/personas.ts';
import { registre } from '../../src/features/index.ts';
import { candidaterConseiller } from '../../src/features/recrutement/candidats/candidater-conseiller.ts';
import { candidaterStructure } from '../../src/features/recrutement/candidatures/candidater-structure.ts';
import { creerSessionCoselec } from '../../src/features/recrutement/candidatures/creer-session-coselec.ts';
import { decider } from '../../src/features/recrutement/candidatures/decider.ts';
import type { UserActor } from '../../src/platform/auth/actor.ts';
import { createSession, loadSessionActor } from '../../src/platform/auth/sessions.ts';
import { systemContext } from '../../src/platform/context.ts';
import type { AppDeps } from '../../src/platform/http/deps.ts';
import { contexteDe } from '../helpers/contexte.ts';
import { createTestDatabase } from '../helpers/db.ts';
import { createMemoryMailer } from '../helpers/mailer.ts';

/** What use-case tests need: dependencies on a fresh golden database, a test clock and mailbox. */
export interface Contexte {
  deps: AppDeps;
  database: Database;
  mailer: ReturnType<typeof createMemoryMailer>;
  clock: { now: Date };
  close(): Promise<void>;
}

/** Use-case tests run without the HTTP application (faster; HTTP tests use createTestApp). */
export async function creerContexte(): Promise<Contexte> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'maillage-test-'));
  const config = loadConfig({ MODE: 'demo', DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOBS: 'off' });
  const mailer = createMemoryMailer();
  const clock = { now: new Date() };
  const deps: AppDeps = {
    config,
    db: database.db,
    engine: database.engine,
    mailer,
    now: () => clock.now,
    registry: registre(),
  };
  return { deps, database, mailer, clock, close: () => database.close() };
}

type TestContext = Pick<Contexte, 'deps' | 'clock'>;

/** Factories for the recruitment feature's tests: they go through the use cases, like people do. */

let compteur = 0;
const suivant = () => {
  compteur += 1;
  return `${process.pid}${compteur}`.slice(-6).padStart(6, '0');
};

/** A SIRET that passes the Luhn check, different at each call. */
export function siretValide(): string {
  const base = `4${suivant()}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`.slice(0, 13);
  for (let d = 0; d < 10; d++) {
    const s = `${base}${d}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let x = Number(s[13 - i]);
      if (i % 2 === 1) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  throw new Error('inaccessible');
}

export const MOT_DE_PASSE = 'Un-mot-de-passe-solide-2021';

/** The actor of a demo persona (as the app would load it from its session). */
export async function acteurPersona(t: TestContext, key: string, membership?: string): Promise<UserActor> {
  const p = persona(key);
  return acteurUtilisateur(t, p.id, membership ?? p.memberships[0]!.id);
}

export async function acteurUtilisateur(
  t: TestContext,
  userId: string,
  adhesionId?: string,
): Promise<UserActor> {
  const id =
    adhesionId ??
    (
      await t.deps.db.select({ id: adhesions.id }).from(adhesions).where(eq(adhesions.utilisateurId, userId))
    )[0]?.id ??
    null;
  const token = await createSession(t.deps.db, {
    userId,
    adhesionId: id,
    now: t.clock.now,
    totpVerified: true,
  });
  const actor = await loadSessionActor(t.deps.db, token, t.clock.now);
  if (!actor) throw new Error('session de test non chargée');
  return actor;
}

export function donneesStructure(over: Record<string, unknown> = {}) {
  const n = suivant();
  return {
    siret: siretValide(),
    nom: `Commune test ${n}`,
    type: 'COMMUNE',
    adresse: '1 place de la Mairie',
    communeCode: '02408',
    latitude: '49.5641',
    longitude: '3.6199',
    qpv: 'oui',
    zrr: 'on',
    franceServices: '',
    postesDemandes: '2',
    dateDebutSouhaitee: '2021-04-01',
    motivation: 'Nous voulons accompagner les habitants éloignés du numérique.',
    contactPrenom: 'Camille',
    contactNom: 'Durand',
    contactFonction: 'Directrice générale des services',
    contactEmail: `structure-${n}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`,
    contactTelephone: '03 23 24 25 26',
    motDePasse: MOT_DE_PASSE,
    ...over,
  };
}

/** A structure that applied through the public form; returns ids and its manager's actor. */
export async function structureCandidate(t: TestContext, over: Record<string, unknown> = {}) {
  const r = await candidaterStructure(systemContext(t.deps), donneesStructure(over));
  if (!r.ok) throw new Error(`candidature refusée : ${r.error.message}`);
  const gestionnaire = await acteurUtilisateur(t, r.value.utilisateurId, r.value.adhesionId);
  return { ...r.value, gestionnaire };
}

export async function sessionComite(t: TestContext, date = '2021-03-24') {
  const anct = await acteurPersona(t, 'anct');
  const r = await creerSessionCoselec(contexteDe(t.deps, anct), { date });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A structure validated by the committee with `postes` posts. */
export async function structureValidee(t: TestContext, postes: number, over: Record<string, unknown> = {}) {
  const s = await structureCandidate(t, over);
  const session = await sessionComite(t);
  const anct = await acteurPersona(t, 'anct');
  const d = await decider(contexteDe(t.deps, anct), s.candidatureId, {
    sessionId: session.id,
    choix: { type: 'positif', postes },
  });
  if (!d.ok) throw new Error(`décision refusée : ${d.error.message}`);
  return { ...s, decision: d.value, session };
}

export function donneesCandidat(over: Record<string, unknown> = {}) {
  const n = suivant();
  return {
    prenom: 'Alex',
    nom: `Martin ${n}`,
    email: `candidat-${n}-${Math.random().toString(36).slice(2, 8)}@exemple.fr`,
    telephone: '06 12 34 56 78',
    communeCode: '02408',
    latitude: '49.5600',
    longitude: '3.6100',
    rayonMobiliteKm: '40',
    dateDisponibilite: '2021-03-01',
    situations: ['demandeur_emploi'],
    diplome: '',
    motivation: 'J’aime transmettre et aider les autres à se débrouiller avec le numérique.',
    consentement: 'on',
    motDePasse: MOT_DE_PASSE,
    ...over,
  };
}

export async function candidatInscrit(t: TestContext, over: Record<string, unknown> = {}) {
  const r = await candidaterConseiller(systemContext(t.deps), donneesCandidat(over));
  if (!r.ok) throw new Error(`candidature refusée : ${r.error.message}`);
  const acteur = await acteurUtilisateur(t, r.value.utilisateurId, r.value.adhesionId);
  return { ...r.value, acteur };
}
