import type { Db } from '../../../db/client.ts';
import { ateliers, ateliersInscriptions } from '../../../db/schema/index.ts';
import { jourParis } from '../../../platform/valeurs/jour-paris.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/index.ts';
import { lieuxDeStructure } from '../../lieux/index.ts';
import { ajouterJours, instantParis } from './domain/atelier.ts';
import { atelierParId } from './repo.ts';

/** Demo workshops with stable ids (browser tests and the README name them). */
export const ATELIERS_DEMO = {
  /** Laon, one seat, nobody registered: the first registrant fills it. */
  laonUnePlace: '00000000-0000-4000-8000-00000000a701',
  /** Laon, full, two people on the waiting list. */
  laonComplet: '00000000-0000-4000-8000-00000000a702',
  /** Laon, yesterday, two registrants: the roll call is open. */
  laonHier: '00000000-0000-4000-8000-00000000a703',
} as const;

const PROGRAMME = [
  {
    titre: 'Premiers pas avec la souris et le clavier',
    thematiques: ['prendre_en_main_du_materiel'],
    niveau: 'debutant',
  },
  { titre: 'Créer et utiliser son adresse e-mail', thematiques: ['email'], niveau: 'debutant' },
  {
    titre: 'Faire ses démarches en ligne en sécurité',
    thematiques: ['aide_aux_demarches_administratives', 'securite_numerique'],
    niveau: 'intermediaire',
  },
  { titre: 'Prendre rendez-vous chez le médecin sur internet', thematiques: ['sante'], niveau: 'debutant' },
  {
    titre: 'Reconnaître les arnaques en ligne',
    thematiques: ['securite_numerique'],
    niveau: 'intermediaire',
  },
] as const;

/**
 * About ten upcoming workshops for the demo structures (Laon 02, the Amiens association 80), at their
 * places, some with registrations and one full with a waiting list. Once: a later start sees the fixed
 * workshop and stops.
 */
export async function seedAteliersDemo(db: Db, now: Date): Promise<{ crees: number }> {
  if (await atelierParId(db, ATELIERS_DEMO.laonUnePlace)) return { crees: 0 };
  const laon = await lieuxDeStructure(db, DEMO_STRUCTURES.laon.id);
  const amiens = await lieuxDeStructure(db, DEMO_STRUCTURES.association.id);
  if (laon.length === 0) return { crees: 0 };
  const aujourdHui = jourParis(now);
  const lignes: (typeof ateliers.$inferInsert)[] = [];
  const ajouter = (
    o: {
      id?: string;
      lieu: (typeof laon)[number];
      structureId: string;
      conseillerId: string;
      jours: number;
      capacite: number;
    },
    n: number,
  ) => {
    const p = PROGRAMME[n % PROGRAMME.length]!;
    const jour = ajouterJours(aujourdHui, o.jours);
    lignes.push({
      ...(o.id ? { id: o.id } : {}),
      structureId: o.structureId,
      conseillerId: o.conseillerId,
      titre: p.titre,
      description:
        'Atelier en petit groupe, matériel prêté sur place. Apportez votre téléphone si vous en avez un.',
      thematiques: [...p.thematiques],
      niveau: p.niveau,
      lieuId: o.lieu.id,
      communeInsee: o.lieu.codeInsee,
      departementCode: o.lieu.departementCode,
      latitude: o.lieu.latitude,
      longitude: o.lieu.longitude,
      debut: instantParis(jour, '14:00'),
      fin: instantParis(jour, '16:00'),
      capacite: o.capacite,
      accessibilite: 'Salle de plain-pied, accessible en fauteuil roulant.',
      creeLe: now,
      modifieLe: now,
    });
  };
  const conseiller = persona('conseiller').id;
  ajouter(
    {
      id: ATELIERS_DEMO.laonUnePlace,
      lieu: laon[0]!,
      structureId: DEMO_STRUCTURES.laon.id,
      conseillerId: conseiller,
      jours: 5,
      capacite: 1,
    },
    1,
  );
  ajouter(
    {
      id: ATELIERS_DEMO.laonComplet,
      lieu: laon[0]!,
      structureId: DEMO_STRUCTURES.laon.id,
      conseillerId: conseiller,
      jours: 7,
      capacite: 3,
    },
    0,
  );
  ajouter(
    {
      id: ATELIERS_DEMO.laonHier,
      lieu: laon[0]!,
      structureId: DEMO_STRUCTURES.laon.id,
      conseillerId: conseiller,
      jours: -1,
      capacite: 6,
    },
    3,
  );
  for (let i = 0; i < 4; i++)
    ajouter(
      {
        lieu: laon[i % laon.length]!,
        structureId: DEMO_STRUCTURES.laon.id,
        conseillerId: conseiller,
        jours: 3 + i * 4,
        capacite: 8,
      },
      i + 2,
    );
  const referent = persona('association').id;
  for (let i = 0; i < 4 && amiens.length > 0; i++)
    ajouter(
      {
        lieu: amiens[i % amiens.length]!,
        structureId: DEMO_STRUCTURES.association.id,
        conseillerId: referent,
        jours: 4 + i * 5,
        capacite: 10,
      },
      i,
    );
  await db.transaction(async (tx) => {
    const crees = await tx.insert(ateliers).values(lignes).returning({ id: ateliers.id });
    const inscrit = (atelierId: string, n: number, statut: 'confirmee' | 'attente', rang: number | null) => ({
      atelierId,
      prenom: ['Josiane', 'Bernard', 'Fatima', 'Gérard', 'Nadia', 'Yves'][n % 6]!,
      nom: ['Moreau', 'Lambert', 'Benali', 'Petit', 'Garnier', 'Roux'][n % 6]!,
      courriel: `inscrit${n}@demo.maillage.fr`,
      consentementLe: now,
      statut,
      rangAttente: rang,
      creeLe: now,
    });
    await tx
      .insert(ateliersInscriptions)
      .values([
        inscrit(ATELIERS_DEMO.laonComplet, 0, 'confirmee', null),
        inscrit(ATELIERS_DEMO.laonComplet, 1, 'confirmee', null),
        inscrit(ATELIERS_DEMO.laonComplet, 2, 'confirmee', null),
        inscrit(ATELIERS_DEMO.laonComplet, 3, 'attente', 1),
        inscrit(ATELIERS_DEMO.laonComplet, 4, 'attente', 2),
        inscrit(crees[3]!.id, 5, 'confirmee', null),
        inscrit(ATELIERS_DEMO.laonHier, 0, 'confirmee', null),
        inscrit(ATELIERS_DEMO.laonHier, 5, 'confirmee', null),
      ]);
  });
  return { crees: lignes.length };
}
