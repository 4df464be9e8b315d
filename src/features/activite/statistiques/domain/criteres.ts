import type { FiltresStatistiques, PorteeStatistiques } from './contrat.ts';

/** What a statistics query finally counts: the scope's conditions, then the filters that narrow it. */
export interface Criteres {
  structureId?: string;
  conseillerId?: string;
  departementCode?: string;
  du?: string;
  au?: string;
  type?: 'individuel' | 'collectif';
  thematiquesNumeriques?: string[];
}

/**
 * Scope first, then filters; a filter can only narrow. A national scope takes every filter; a
 * département scope ignores `departementCode` (its own) and takes structure/conseiller filters (they
 * narrow within the département); a structure scope ignores `departementCode` and `structureId`; a
 * conseiller scope ignores all three. Where both apply they are ANDed, so a filter naming someone
 * outside the scope yields nothing rather than widening it.
 */
export function criteres(portee: PorteeStatistiques, f: FiltresStatistiques): Criteres {
  const c: Criteres = {};
  if (f.du) c.du = f.du;
  if (f.au) c.au = f.au;
  if (f.type) c.type = f.type;
  if (f.thematiquesNumeriques && f.thematiquesNumeriques.length > 0)
    c.thematiquesNumeriques = [...new Set(f.thematiquesNumeriques)].sort();
  switch (portee.niveau) {
    case 'conseiller':
      c.structureId = portee.structureId;
      c.conseillerId = portee.conseillerId;
      break;
    case 'structure':
      c.structureId = portee.structureId;
      if (f.conseillerId) c.conseillerId = f.conseillerId;
      break;
    case 'departement':
      c.departementCode = portee.departementCode;
      if (f.structureId) c.structureId = f.structureId;
      if (f.conseillerId) c.conseillerId = f.conseillerId;
      break;
    case 'national':
      if (f.departementCode) c.departementCode = f.departementCode;
      if (f.structureId) c.structureId = f.structureId;
      if (f.conseillerId) c.conseillerId = f.conseillerId;
      break;
  }
  return c;
}
