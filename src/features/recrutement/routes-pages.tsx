import type { FastifyInstance } from 'fastify';
import { recrutementPagesCandidat } from './candidats/routes-espace.tsx';
import { recrutementPagesCandidatures } from './candidatures/routes.tsx';
import { recrutementPagesPubliques } from './candidatures/routes-depot.tsx';
import { recrutementPagesStructure } from './candidatures/routes-structure.tsx';
import { recrutementPagesAnctSuivi } from './mises-en-relation/routes-anct.tsx';
import { recrutementPagesStructureRecrutement } from './mises-en-relation/routes-structure.tsx';
import { recrutementPagesAnct } from './programme/routes-anct.tsx';
import { recrutementPagesAvancement } from './programme/routes-avancement.tsx';
import { recrutementPagesConseiller, recrutementPagesPrefecture } from './programme/routes-prefecture.tsx';

/** Every page of the recruitment programme (the API lives in its own routes). */
export async function recrutementPagesRoutes(app: FastifyInstance) {
  recrutementPagesPubliques(app);
  recrutementPagesCandidat(app);
  recrutementPagesStructure(app);
  recrutementPagesStructureRecrutement(app);
  recrutementPagesCandidatures(app);
  recrutementPagesPrefecture(app);
  recrutementPagesConseiller(app);
  recrutementPagesAnct(app);
  recrutementPagesAnctSuivi(app);
  recrutementPagesAvancement(app);
}
