import { defineModule } from '../../platform/module/module.ts';
import { accueilRoutes } from './routes.tsx';

/** The public home page, the mandatory footer pages and the site map. */
export const accueilModule = defineModule({
  name: 'accueil',
  routes: [accueilRoutes],
  navigation: [{ role: 'public', href: '/', label: 'Accueil', order: 10 }],
  sitemap: [{ href: '/', label: 'Accueil', order: 10 }],
});
