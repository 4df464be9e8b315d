import type { NavLink } from '../../ui/navigation.ts';
import { ROLES, type Role } from '../auth/roles.ts';
import type { Job } from '../jobs/job.ts';
import type { AnyPolicy } from '../policies/can.ts';
import type { StartupTask } from '../startup.ts';
import type { TacheDeclaree } from '../taches/tache.ts';
import type { SourceAFaire } from './a-faire.ts';
import type { FeatureModule, FeatureRoutes, NavigationEntry, SitemapEntry } from './module.ts';

/** The modules' descriptions gathered once at boot and handed to the platform (in `AppDeps.registry`). */
export interface Registry {
  modules: readonly FeatureModule[];
  routes: FeatureRoutes[];
  startup: StartupTask[];
  jobs: Job[];
  taches: TacheDeclaree[];
  navigation: Record<Role | 'public', NavLink[]>;
  sitemap: SitemapEntry[];
  policies: AnyPolicy[];
  auditActions: Record<string, string>;
  auditEntities: Record<string, string>;
  /** Sources of the home's to-do list, in module order. */
  aFaire: SourceAFaire[];
}

/** Merges the modules; a duplicate module, job, policy or audit code is a programming error. */
export function buildRegistry(modules: readonly FeatureModule[]): Registry {
  const navigation = Object.fromEntries(
    (['public', ...ROLES] as const).map((r) => [r, [] as NavLink[]]),
  ) as Record<Role | 'public', NavLink[]>;
  const registry: Registry = {
    modules,
    routes: [],
    startup: [],
    jobs: [],
    taches: [],
    navigation,
    sitemap: [],
    policies: [],
    auditActions: {},
    auditEntities: {},
    aFaire: [],
  };
  const unique = (kind: string, seen: Set<string>, key: string) => {
    if (seen.has(key)) throw new Error(`${kind} déclaré deux fois : ${key}`);
    seen.add(key);
  };
  const names = new Set<string>();
  const jobs = new Set<string>();
  const taches = new Set<string>();
  const policies = new Set<string>();
  const entries: NavigationEntry[] = [];
  for (const m of modules) {
    unique('module', names, m.name);
    registry.routes.push(...(m.routes ?? []));
    registry.startup.push(...(m.startup ?? []));
    for (const job of m.jobs ?? []) {
      unique('tâche planifiée', jobs, job.name);
      registry.jobs.push(job);
    }
    for (const tache of m.taches ?? []) {
      unique('tâche de fond', taches, tache.type);
      registry.taches.push(tache);
    }
    entries.push(...(m.navigation ?? []));
    registry.sitemap.push(...(m.sitemap ?? []));
    registry.aFaire.push(...(m.aFaire ?? []));
    for (const p of m.policies ?? []) {
      unique('politique', policies, p.resource);
      registry.policies.push(p);
    }
    for (const [code, label] of Object.entries(m.auditActions ?? {})) {
      if (code in registry.auditActions) throw new Error(`action d’audit déclarée deux fois : ${code}`);
      registry.auditActions[code] = label;
    }
    Object.assign(registry.auditEntities, m.auditEntities ?? {});
  }
  // Array.prototype.sort is stable: equal orders keep module order.
  for (const e of entries.sort((a, b) => a.order - b.order)) {
    navigation[e.role].push({ href: e.href, label: e.label });
  }
  registry.sitemap.sort((a, b) => a.order - b.order);
  return registry;
}
