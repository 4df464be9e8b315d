import { defineModule } from '../../platform/module/module.ts';
import { tachesRoutes } from './routes.tsx';

/** The pages that follow the background tasks a person launched (ADR 014). */
export const tachesModule = defineModule({ name: 'taches', routes: [tachesRoutes] });
