import type { FastifyInstance } from 'fastify';
import { recrutementPagesCandidat } from './routes-pages-candidat.tsx';
import { recrutementPagesPubliques } from './routes-pages-public.tsx';
import { recrutementPagesStructure } from './routes-pages-structure.tsx';
import { recrutementPagesStructureRecrutement } from './routes-pages-structure-recrutement.tsx';

/** Every page of the recruitment programme (the API lives in its own routes). */
export async function recrutementPagesRoutes(app: FastifyInstance) {
  recrutementPagesPubliques(app);
  recrutementPagesCandidat(app);
  recrutementPagesStructure(app);
  recrutementPagesStructureRecrutement(app);
}
