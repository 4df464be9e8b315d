import { defineModule } from '../../platform/module/module.ts';
import { santeRoutes } from './routes.ts';

/** Health checks for operators and load balancers. */
export const santeModule = defineModule({ name: 'sante', routes: [santeRoutes] });
