import { DEMO_STRUCTURES, persona } from '../../comptes/index.ts';
import type { StructureDemo } from '../../structures/index.ts';

/**
 * Who has demo activity: Léa Petit (the `conseiller` persona) and a few dozen other conseillers in the
 * demo structures and in more structures of several départements, so that every role's statistics
 * page (conseiller, structure, préfecture of 02 and 80, national) has figures.
 */

/** More structures with fixed ids (series …0201…), in the towns the demo places use. */
export const STRUCTURES_ACTIVITE_DEMO: StructureDemo[] = [
  ['0201', 'Centre social de Saint-Quentin', 'ASSOCIATION', '02', '02691', 'Saint-Quentin', 49.8467, 3.2876],
  ['0202', 'Commune de Soissons', 'COMMUNE', '02', '02722', 'Soissons', 49.3817, 3.3236],
  ['0203', 'Commune d’Abbeville', 'COMMUNE', '80', '80001', 'Abbeville', 50.1054, 1.8332],
  ['0204', 'Métropole européenne de Lille', 'EPCI', '59', '59350', 'Lille', 50.6292, 3.0573],
  [
    '0205',
    'Association Marseille Solidarité Numérique',
    'ASSOCIATION',
    '13',
    '13055',
    'Marseille',
    43.2965,
    5.3698,
  ],
  ['0206', 'Ville de Lyon', 'COMMUNE', '69', '69123', 'Lyon', 45.764, 4.8357],
  ['0207', 'Bordeaux Métropole', 'EPCI', '33', '33063', 'Bordeaux', 44.8378, -0.5792],
  ['0208', 'Emmaüs Connect Paris', 'ASSOCIATION', '75', '75056', 'Paris', 48.8566, 2.3522],
].map(([n, nom, type, departementCode, communeCode, ville, latitude, longitude]) => ({
  id: `00000000-0000-4000-8000-00000000${n}`,
  nom: nom as string,
  type: type as string,
  departementCode: departementCode as string,
  communeCode: communeCode as string,
  adresse: `Hôtel de ville, ${ville}`,
  latitude: latitude as number,
  longitude: longitude as number,
}));

const id = (n: string) => `00000000-0000-4000-8000-00000000${n}`;

export interface ConseillerDemo {
  /** The persona's id, or null: an account the seed creates (address below). */
  personaId: string | null;
  email: string;
  prenom: string;
  nom: string;
  structureId: string;
  departementCode: string;
  communeInsee: string;
  intensite: number;
}

const AUTRES: [string, string, string, number][] = [
  [DEMO_STRUCTURES.laon.id, 'Hugo', 'Lambert', 0.6],
  [DEMO_STRUCTURES.paysDeLaon.id, 'Inès', 'Carpentier', 0.5],
  [DEMO_STRUCTURES.paysDeLaon.id, 'Romain', 'Delattre', 0.4],
  [DEMO_STRUCTURES.association.id, 'Sarah', 'Lemaire', 0.6],
  [DEMO_STRUCTURES.association.id, 'Yacine', 'Boukhari', 0.5],
  [DEMO_STRUCTURES.association.id, 'Chloé', 'Vasseur', 0.35],
  [id('0201'), 'Manon', 'Caron', 0.5],
  [id('0201'), 'Théo', 'Dumont', 0.35],
  [id('0202'), 'Emma', 'Lefort', 0.45],
  [id('0202'), 'Nathan', 'Poulain', 0.3],
  [id('0203'), 'Louise', 'Devaux', 0.45],
  [id('0203'), 'Jules', 'Masson', 0.3],
  [id('0204'), 'Amina', 'Kaci', 0.45],
  [id('0204'), 'Maxime', 'Delcroix', 0.4],
  [id('0204'), 'Julie', 'Vandamme', 0.3],
  [id('0205'), 'Nora', 'Belkacem', 0.45],
  [id('0205'), 'Lucas', 'Giraud', 0.4],
  [id('0205'), 'Anaïs', 'Ferrero', 0.35],
  [id('0205'), 'Kevin', 'Santini', 0.3],
  [id('0206'), 'Clara', 'Brun', 0.45],
  [id('0206'), 'Antoine', 'Chevalier', 0.4],
  [id('0206'), 'Léna', 'Perrin', 0.35],
  [id('0206'), 'Mehdi', 'Amrani', 0.3],
  [id('0207'), 'Zoé', 'Lacoste', 0.45],
  [id('0207'), 'Paul', 'Etcheverry', 0.35],
  [id('0208'), 'Sofia', 'Mendes', 0.45],
  [id('0208'), 'Adam', 'Traoré', 0.4],
  [id('0208'), 'Lina', 'Nguyen', 0.35],
  [id('0208'), 'Victor', 'Renaud', 0.3],
];

const TOUTES = [...Object.values(DEMO_STRUCTURES), ...STRUCTURES_ACTIVITE_DEMO];

export function conseillersDemo(): ConseillerDemo[] {
  const lea = persona('conseiller');
  const place = (structureId: string) => {
    const s = TOUTES.find((x) => x.id === structureId)!;
    return { structureId, departementCode: s.departementCode, communeInsee: s.communeCode! };
  };
  return [
    {
      personaId: lea.id,
      email: lea.email,
      prenom: lea.prenom,
      nom: lea.nom,
      ...place(lea.memberships[0]!.structureId!),
      intensite: 1,
    },
    ...AUTRES.map(([structureId, prenom, nom, intensite], i) => ({
      personaId: null,
      email: `conseiller-activite-${String(i + 1).padStart(2, '0')}@demo.maillage.fr`,
      prenom,
      nom,
      ...place(structureId),
      intensite,
    })),
  ];
}
