import type { FastifyRequest } from 'fastify';
import { ForbiddenError, userActor } from '../../../platform/http/guards.ts';
import { allowedBy } from '../../../platform/policies/can.ts';
import { REGISTRE_LIEUX, registreLieuxPolicy } from './policy.ts';

/** What the import pages share: their breadcrumb root, their date format, ANCT's right to import. */
export const BREADCRUMBS = [{ label: 'Accueil', href: '/' }];

export const dateFr = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

export function verifierDroit(request: FastifyRequest) {
  const actor = userActor(request);
  if (!allowedBy(registreLieuxPolicy, actor, 'importer', REGISTRE_LIEUX))
    throw new ForbiddenError('Accès refusé');
  return actor;
}
