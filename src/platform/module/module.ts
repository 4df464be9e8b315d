import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../auth/roles.ts';
import type { Job } from '../jobs/job.ts';
import type { AnyPolicy } from '../policies/can.ts';
import type { StartupTask } from '../startup.ts';
import type { TacheDeclaree } from '../taches/tache.ts';
import type { SourceAFaire } from './a-faire.ts';

/** Registers a feature's routes (pages and API) on the application. */
export type FeatureRoutes = (app: FastifyInstance) => Promise<void> | void;

/** One link of the header navigation, for a role (or `public`: nobody signed in). */
export interface NavigationEntry {
  role: Role | 'public';
  href: string;
  label: string;
  /** Position in the role's header (smaller first; ties keep module order). */
  order: number;
}

/** A public page listed on the site map. */
export interface SitemapEntry {
  href: string;
  label: string;
  /** Listed only in demo mode. */
  demoOnly?: boolean;
  /** Position on the site map (smaller first; ties keep module order). */
  order: number;
}

/**
 * What a feature is, for the rest of the platform: its one description, exported by its `index.ts`
 * and listed once in `src/features/index.ts`. Nothing else registers routes, tasks, jobs, commands,
 * navigation, policies or audit labels centrally.
 */
export interface FeatureModule {
  /** The feature's folder name under `src/features/`. */
  name: string;
  routes?: readonly FeatureRoutes[];
  /** Run in order, in the order of the modules, before the server answers; each must be idempotent. */
  startup?: readonly StartupTask[];
  /** Scheduled jobs, also runnable with `maillage jobs run NAME`. */
  jobs?: readonly Job[];
  /** Kinds of background task the feature queues (imports, recomputes), run by the server's worker. */
  taches?: readonly TacheDeclaree[];
  /** `maillage` sub-commands. */
  commands?: readonly ((program: Command) => void)[];
  /** Header links, appended in module order. */
  navigation?: readonly NavigationEntry[];
  /** Public pages for the site map. */
  sitemap?: readonly SitemapEntry[];
  /** Every policy the feature checks: the role × action matrix test covers each one. */
  policies?: readonly AnyPolicy[];
  /** Audit action codes the feature writes, with their French label for the journal. */
  auditActions?: Readonly<Record<string, string>>;
  /** Entity types the feature's audit events name, with their French label. */
  auditEntities?: Readonly<Record<string, string>>;
  /** What waits for a role, listed on its home (« À faire »). */
  aFaire?: readonly SourceAFaire[];
}

export function defineModule(module: FeatureModule): FeatureModule {
  return module;
}
