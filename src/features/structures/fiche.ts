import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { structures } from '../../db/schema/index.ts';
import { nomsCommunes, nomsDepartements } from '../territoires/index.ts';

export interface FicheStructure {
  id: string;
  nom: string;
  siret: string | null;
  type: string;
  adresse: string | null;
  codePostal: string | null;
  communeCode: string | null;
  communeNom: string | null;
  departementCode: string;
  departementNom: string | null;
  latitude: number | null;
  longitude: number | null;
  qpv: string | null;
  zrr: boolean | null;
  franceServices: boolean | null;
  reseauNational: string | null;
}

/** A structure's public and administrative description, with the names of its commune and département. */
export async function ficheStructure(db: Db, structureId: string): Promise<FicheStructure | null> {
  const [s] = await db
    .select({
      id: structures.id,
      nom: structures.nom,
      siret: structures.siret,
      type: structures.type,
      adresse: structures.adresse,
      codePostal: structures.codePostal,
      communeCode: structures.communeCode,
      departementCode: structures.departementCode,
      latitude: structures.latitude,
      longitude: structures.longitude,
      qpv: structures.qpv,
      zrr: structures.zrr,
      franceServices: structures.franceServices,
      reseauNational: structures.reseauNational,
    })
    .from(structures)
    .where(eq(structures.id, structureId))
    .limit(1);
  if (!s) return null;
  const [communes, departements] = await Promise.all([
    nomsCommunes(db, s.communeCode ? [s.communeCode] : []),
    nomsDepartements(db, [s.departementCode]),
  ]);
  return {
    ...s,
    communeNom: s.communeCode ? (communes.get(s.communeCode) ?? null) : null,
    departementNom: departements.get(s.departementCode) ?? null,
  };
}
