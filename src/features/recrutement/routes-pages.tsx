import type { FastifyInstance } from 'fastify';
import { recrutementPagesAnct } from './routes-pages-anct.tsx';
import { recrutementPagesAnctSuivi } from './routes-pages-anct-suivi.tsx';
import { recrutementPagesAvancement } from './routes-pages-avancement.tsx';
import { recrutementPagesCandidat } from './routes-pages-candidat.tsx';
import { recrutementPagesCandidatures } from './routes-pages-candidatures.tsx';
import { recrutementPagesConseiller, recrutementPagesPrefecture } from './routes-pages-prefecture.tsx';
import { recrutementPagesPubliques } from './routes-pages-public.tsx';
import { recrutementPagesStructure } from './routes-pages-structure.tsx';
import { recrutementPagesStructureRecrutement } from './routes-pages-structure-recrutement.tsx';

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
