import type { Actor } from '../../../platform/auth/actor.ts';
import { fail, ok, type Result } from '../../../platform/result.ts';
import type { FiltresStatistiques, PorteeStatistiques } from './domain/contrat.ts';

/**
 * Whose activity a person or an API token sees, from the role alone: a conseiller their own, a
 * structure its team, a préfecture its département, ANCT (or a national token) everything. Null: none.
 */
export function porteeDe(actor: Actor | null | undefined): PorteeStatistiques | null {
  if (!actor) return null;
  if (actor.kind === 'api') {
    if (actor.structureId) return { niveau: 'structure', structureId: actor.structureId };
    if (actor.departementCode) return { niveau: 'departement', departementCode: actor.departementCode };
    return { niveau: 'national' };
  }
  const m = actor.active;
  if (!m) return null;
  switch (m.role) {
    case 'conseiller':
      return m.structureId
        ? { niveau: 'conseiller', structureId: m.structureId, conseillerId: actor.userId }
        : null;
    case 'structure':
      return m.structureId ? { niveau: 'structure', structureId: m.structureId } : null;
    case 'prefecture':
      return m.departementCode ? { niveau: 'departement', departementCode: m.departementCode } : null;
    case 'anct':
      return { niveau: 'national' };
    default:
      return null;
  }
}

/** The public pages: the whole country, or one département. */
export function porteePublique(departementCode?: string): PorteeStatistiques {
  return departementCode ? { niveau: 'departement', departementCode } : { niveau: 'national' };
}

/** Which filters a scope offers (the pages show only those fields). */
export function filtresPermis(portee: PorteeStatistiques) {
  return {
    departement: portee.niveau === 'national',
    structure: portee.niveau === 'national' || portee.niveau === 'departement',
    conseiller: portee.niveau === 'structure',
  };
}

/**
 * A filter can never widen the scope: one naming another département, structure or conseiller than
 * the scope's own is refused with a French message (the calculation would also AND it with the scope).
 */
export function verifierFiltres(
  portee: PorteeStatistiques,
  f: FiltresStatistiques,
  options: { publique?: boolean } = {},
): Result<FiltresStatistiques> {
  const erreurs: Record<string, string> = {};
  // Public figures go down to a département, never to one structure or one person.
  if (options.publique && f.structureId)
    erreurs.structureId = 'Les statistiques publiques ne se filtrent pas par structure.';
  if (options.publique && f.conseillerId)
    erreurs.conseillerId = 'Les statistiques publiques ne se filtrent pas par conseiller.';
  if (portee.niveau === 'departement' && f.departementCode && f.departementCode !== portee.departementCode)
    erreurs.departementCode = `Votre accès se limite au département ${portee.departementCode}.`;
  if ((portee.niveau === 'structure' || portee.niveau === 'conseiller') && f.departementCode)
    erreurs.departementCode =
      'Votre accès se limite à votre structure : le filtre par département ne s’applique pas.';
  if (
    (portee.niveau === 'structure' || portee.niveau === 'conseiller') &&
    f.structureId &&
    f.structureId !== portee.structureId
  )
    erreurs.structureId = 'Votre accès se limite à votre structure.';
  if (portee.niveau === 'conseiller' && f.conseillerId && f.conseillerId !== portee.conseillerId)
    erreurs.conseillerId = 'Vous ne voyez que votre propre activité.';
  if (Object.keys(erreurs).length > 0)
    return fail(
      'hors_perimetre',
      'Ces filtres sortent de votre périmètre : corrigez les champs signalés.',
      403,
      erreurs,
    );
  return ok(f);
}
