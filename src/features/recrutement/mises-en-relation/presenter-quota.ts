import { nombre } from '../presenters/format.ts';
import type { QuotaVue } from './pages/structure-candidats.tsx';

/** The quota rule in words, before anyone tries to recruit (the use case enforces it anyway). */
export function presenterQuota(p: { attribues: number; occupes: number }): QuotaVue {
  const ouverts = Math.max(0, p.attribues - p.occupes);
  const base = { attribues: p.attribues, occupes: p.occupes, ouverts };
  if (p.attribues === 0) {
    return {
      ...base,
      ton: 'info',
      message:
        'Aucun poste n’est encore attribué à votre structure par le comité de sélection : vous pourrez recruter après sa décision.',
    };
  }
  const postes = `${nombre(p.attribues)} poste${p.attribues > 1 ? 's' : ''} attribué${p.attribues > 1 ? 's' : ''}`;
  if (ouverts === 0) {
    return {
      ...base,
      ton: 'warning',
      message: `${p.attribues > 1 ? `Vos ${postes} sont tous pourvus` : 'Votre poste attribué est pourvu'} (recrutement en attente de validation, validé ou en poste) : un nouveau recrutement sera refusé. Pour recruter davantage, demandez un poste supplémentaire à l’ANCT.`,
    };
  }
  return {
    ...base,
    ton: 'success',
    message: `${postes}, ${nombre(p.occupes)} pourvu${p.occupes > 1 ? 's' : ''} : vous pouvez encore recruter ${nombre(ouverts)} conseiller${ouverts > 1 ? 's' : ''}.`,
  };
}
