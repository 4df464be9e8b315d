import type { FastifyInstance } from 'fastify';
import { compteRoutes } from './compte/routes.tsx';
import { connexionRoutes } from './connexion/routes.tsx';
import { espaceRoutes } from './espace/routes.tsx';
import { motDePasseRoutes } from './mot-de-passe/routes.tsx';
import { proconnectRoutes } from './proconnect/routes.tsx';
import { totpRoutes } from './totp/routes.tsx';

export function comptesRoutes(app: FastifyInstance) {
  connexionRoutes(app);
  motDePasseRoutes(app);
  totpRoutes(app);
  compteRoutes(app);
  espaceRoutes(app);
  proconnectRoutes(app);
}
