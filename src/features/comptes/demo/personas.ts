import type { Role } from '../../../platform/auth/roles.ts';
import type { StructureType } from '../../structures/index.ts';

/**
 * Named demo personas with fixed ids, shared by the demo seed, the README, the login page (demo mode)
 * and the browser tests. Production refuses them (utilisateurs.demo = true).
 */
export const DEMO_PASSWORD = 'Maillage-demo-2021';

/** TOTP secret of the demo aidants (base32), documented so a person can add it to an authenticator app. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPMAILLAGEDEMO2345';

export interface DemoStructure {
  id: string;
  nom: string;
  siret: string;
  type: StructureType;
  departementCode: string;
  communeCode: string;
  adresse: string;
  latitude: number;
  longitude: number;
}

export const DEMO_STRUCTURES = {
  laon: {
    id: '00000000-0000-4000-8000-000000000101',
    nom: 'Commune de Laon',
    siret: '21020387300018',
    type: 'COMMUNE',
    departementCode: '02',
    communeCode: '02408',
    adresse: 'Place du Général Leclerc, 02000 Laon',
    latitude: 49.5641,
    longitude: 3.6199,
  },
  paysDeLaon: {
    id: '00000000-0000-4000-8000-000000000102',
    nom: 'Communauté d’agglomération du Pays de Laon',
    siret: '20004349500015',
    type: 'EPCI',
    departementCode: '02',
    communeCode: '02408',
    adresse: '1 rue Turenne, 02000 Laon',
    latitude: 49.5635,
    longitude: 3.6233,
  },
  association: {
    id: '00000000-0000-4000-8000-000000000103',
    nom: 'Association Amiens Numérique Solidaire',
    siret: '44306184100047',
    type: 'ASSOCIATION',
    departementCode: '80',
    communeCode: '80021',
    adresse: '12 rue des Jacobins, 80000 Amiens',
    latitude: 49.8924,
    longitude: 2.2986,
  },
} satisfies Record<string, DemoStructure>;

export interface DemoMembership {
  id: string;
  role: Role;
  departementCode?: string;
  structureId?: string;
  referent?: boolean;
}

export interface Persona {
  key: string;
  id: string;
  email: string;
  prenom: string;
  nom: string;
  description: string;
  memberships: DemoMembership[];
  totp?: boolean;
}

export const PERSONAS: Persona[] = [
  {
    key: 'anct',
    id: '00000000-0000-4000-8000-000000000001',
    email: 'anct@demo.maillage.fr',
    prenom: 'Claire',
    nom: 'Martin',
    description: 'Administratrice nationale (ANCT)',
    memberships: [{ id: '00000000-0000-4000-8000-000000001001', role: 'anct' }],
  },
  {
    key: 'prefecture02',
    id: '00000000-0000-4000-8000-000000000002',
    email: 'prefecture-aisne@demo.maillage.fr',
    prenom: 'Paul',
    nom: 'Lefèvre',
    description: 'Agent de la préfecture de l’Aisne (02)',
    memberships: [{ id: '00000000-0000-4000-8000-000000001002', role: 'prefecture', departementCode: '02' }],
  },
  {
    key: 'prefecture80',
    id: '00000000-0000-4000-8000-000000000003',
    email: 'prefecture-somme@demo.maillage.fr',
    prenom: 'Sophie',
    nom: 'Bernard',
    description: 'Agente de la préfecture de la Somme (80)',
    memberships: [{ id: '00000000-0000-4000-8000-000000001003', role: 'prefecture', departementCode: '80' }],
  },
  {
    key: 'laon',
    id: '00000000-0000-4000-8000-000000000004',
    email: 'laon@demo.maillage.fr',
    prenom: 'Julie',
    nom: 'Moreau',
    description: 'Gestionnaire de la commune de Laon',
    memberships: [
      { id: '00000000-0000-4000-8000-000000001004', role: 'structure', structureId: DEMO_STRUCTURES.laon.id },
    ],
  },
  {
    key: 'epci',
    id: '00000000-0000-4000-8000-000000000005',
    email: 'epci@demo.maillage.fr',
    prenom: 'Marc',
    nom: 'Dubois',
    description: 'Gestionnaire de la communauté d’agglomération du Pays de Laon',
    memberships: [
      {
        id: '00000000-0000-4000-8000-000000001005',
        role: 'structure',
        structureId: DEMO_STRUCTURES.paysDeLaon.id,
      },
    ],
  },
  {
    key: 'association',
    id: '00000000-0000-4000-8000-000000000006',
    email: 'association@demo.maillage.fr',
    prenom: 'Nadia',
    nom: 'Haddad',
    description: 'Gestionnaire de l’association Amiens Numérique Solidaire',
    memberships: [
      {
        id: '00000000-0000-4000-8000-000000001006',
        role: 'structure',
        structureId: DEMO_STRUCTURES.association.id,
      },
    ],
  },
  {
    key: 'candidat',
    id: '00000000-0000-4000-8000-000000000007',
    email: 'candidat@demo.maillage.fr',
    prenom: 'Karim',
    nom: 'Benali',
    description: 'Candidat au poste de conseiller numérique',
    memberships: [{ id: '00000000-0000-4000-8000-000000001007', role: 'candidat' }],
  },
  {
    key: 'conseiller',
    id: '00000000-0000-4000-8000-000000000008',
    email: 'conseiller@demo.maillage.fr',
    prenom: 'Léa',
    nom: 'Petit',
    description: 'Conseillère numérique à la commune de Laon',
    memberships: [
      {
        id: '00000000-0000-4000-8000-000000001008',
        role: 'conseiller',
        structureId: DEMO_STRUCTURES.laon.id,
      },
    ],
  },
  {
    key: 'aidant',
    id: '00000000-0000-4000-8000-000000000009',
    email: 'aidant@demo.maillage.fr',
    prenom: 'Thomas',
    nom: 'Roux',
    description: 'Aidant habilité de l’association Amiens Numérique Solidaire (double authentification)',
    totp: true,
    memberships: [
      {
        id: '00000000-0000-4000-8000-000000001009',
        role: 'aidant',
        structureId: DEMO_STRUCTURES.association.id,
      },
    ],
  },
  {
    key: 'referent',
    id: '00000000-0000-4000-8000-000000000010',
    email: 'referent@demo.maillage.fr',
    prenom: 'Fatou',
    nom: 'Diallo',
    description: 'Référente Aidants Connect et gestionnaire de l’association (deux rôles)',
    totp: true,
    memberships: [
      {
        id: '00000000-0000-4000-8000-000000001010',
        role: 'structure',
        structureId: DEMO_STRUCTURES.association.id,
      },
      {
        id: '00000000-0000-4000-8000-000000001011',
        role: 'aidant',
        structureId: DEMO_STRUCTURES.association.id,
        referent: true,
      },
    ],
  },
];

export function persona(key: string): Persona {
  const p = PERSONAS.find((x) => x.key === key);
  if (!p) throw new Error(`persona inconnu : ${key}`);
  return p;
}
