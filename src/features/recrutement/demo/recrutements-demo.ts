import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { candidats, contrats, formations, misesEnRelation } from '../../../db/schema/index.ts';
import { systemContext } from '../../../platform/context.ts';
import type { AppDeps } from '../../../platform/http/deps.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/index.ts';
import { nomsCommunes } from '../../territoires/index.ts';
import type { Certification, StatutMiseEnRelation, TypeContrat } from '../domain/types.ts';
import { apparier } from '../mises-en-relation/apparier.ts';
import { type CandidatDemo, genererCandidats, idCandidatDemo } from './generateur-demo.ts';
import type { StructureInseree } from './inserer-demo.ts';

const LAON = DEMO_STRUCTURES.laon;

/** The two persona candidates: Karim (available, in Laon) and Léa (adviser in post at Laon). */
function candidatsPersonas(): (CandidatDemo & { utilisateurId: string })[] {
  const base = {
    communeCode: LAON.communeCode,
    codePostal: '02000',
    departementCode: '02',
    telephone: '06 12 34 56 78',
    diplome: false,
    diplomeNom: null,
    niveauPix: 4,
    statut: 'actif' as const,
  };
  const karim = persona('candidat');
  const lea = persona('conseiller');
  return [
    {
      ...base,
      id: idCandidatDemo(90001),
      utilisateurId: karim.id,
      prenom: karim.prenom,
      nom: karim.nom,
      email: karim.email,
      latitude: 49.5615,
      longitude: 3.6245,
      rayonMobiliteKm: 20,
      dateDisponibilite: '2021-03-01',
      situations: ['demandeur_emploi'],
      experience:
        'Animateur en centre social pendant quatre ans ; bénévole à l’atelier informatique de la médiathèque.',
      motivation:
        'Je veux aider les habitants du Laonnois à faire leurs démarches en ligne sans dépendre de personne.',
      inscritLe: new Date('2021-01-20T18:00:00Z'),
    },
    {
      ...base,
      id: idCandidatDemo(90002),
      utilisateurId: lea.id,
      prenom: lea.prenom,
      nom: lea.nom,
      email: lea.email,
      latitude: 49.57,
      longitude: 3.61,
      rayonMobiliteKm: 15,
      dateDisponibilite: '2021-03-15',
      situations: ['demandeur_emploi', 'en_formation'],
      diplome: true,
      diplomeNom: 'Titre professionnel REMN',
      experience: 'Médiatrice numérique en association depuis 2018.',
      motivation: 'Continuer à accompagner les Laonnois, avec une mission reconnue et formée.',
      inscritLe: new Date('2020-12-08T12:00:00Z'),
    },
  ];
}

async function insererCandidats(tx: Db): Promise<void> {
  const generes = genererCandidats();
  const connues = await nomsCommunes(
    tx,
    generes.map((c) => c.communeCode),
  );
  const lignes = [...candidatsPersonas(), ...generes.filter((c) => connues.has(c.communeCode))].map((c) => ({
    id: c.id,
    utilisateurId: 'utilisateurId' in c ? (c.utilisateurId as string) : null,
    prenom: c.prenom,
    nom: c.nom,
    email: c.email,
    telephone: c.telephone,
    communeCode: c.communeCode,
    codePostal: c.codePostal,
    departementCode: c.departementCode,
    latitude: c.latitude,
    longitude: c.longitude,
    rayonMobiliteKm: c.rayonMobiliteKm,
    dateDisponibilite: c.dateDisponibilite,
    situations: c.situations,
    diplome: c.diplome,
    diplomeNom: c.diplomeNom,
    experience: c.experience,
    motivation: c.motivation,
    niveauPix: c.niveauPix,
    statut: c.statut,
    consentementLe: c.inscritLe,
    creeLe: c.inscritLe,
    modifieLe: c.inscritLe,
  }));
  for (let i = 0; i < lignes.length; i += 300) await tx.insert(candidats).values(lignes.slice(i, i + 300));
}

const TYPES: TypeContrat[] = ['CDD', 'CDD', 'contrat_de_projet_public', 'CDI', 'PEC'];
const CERTIFS: Certification[] = ['en_cours', 'certifie', 'en_cours', 'non_certifie', 'certifie'];
const ORGANISMES = ['Simplon', 'Afpa', 'Les Compagnons du Numérique', 'Fréquence Écoles'];
/** Stages of the recruitments, cycled: most advisers in post, some waiting for validation, a few gone. */
const ETAPES: StatutMiseEnRelation[] = [
  'en_poste',
  'validee',
  'en_poste',
  'recrutee',
  'en_poste',
  'rupture',
  'en_poste',
  'validee',
];

/** A recruitment at a given stage: the relation's status, its contract, its training. */
async function recrutementDemo(tx: Db, id: string, etape: StatutMiseEnRelation, n: number) {
  const debut = new Date(Date.parse('2021-03-22T00:00:00Z') + (n % 50) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const saisi = new Date(Date.parse(`${debut}T09:00:00Z`) - 10 * 86_400_000);
  const type = TYPES[n % TYPES.length]!;
  await tx.update(misesEnRelation).set({ statut: etape, modifieLe: saisi }).where(eq(misesEnRelation.id, id));
  await tx.insert(contrats).values({
    miseEnRelationId: id,
    type,
    dateDebut: debut,
    dateFin: type === 'CDI' ? null : `${Number(debut.slice(0, 4)) + 2}${debut.slice(4)}`,
    heuresHebdo: n % 7 === 0 ? 28 : 35,
    motifRupture: etape === 'rupture' ? 'demission' : null,
    dateRupture: etape === 'rupture' ? '2021-07-31' : null,
    creeLe: saisi,
    modifieLe: saisi,
  });
  if (etape === 'validee' || etape === 'en_poste') {
    const certif = etape === 'validee' ? 'en_cours' : CERTIFS[n % CERTIFS.length]!;
    await tx.insert(formations).values({
      miseEnRelationId: id,
      organisme: ORGANISMES[n % ORGANISMES.length]!,
      dateDebut: debut,
      dateFin: certif === 'en_cours' ? null : '2021-06-30',
      certification: certif,
    });
  }
}

async function relation(tx: Db, structureId: string, candidatId: string) {
  const [m] = await tx
    .select({ id: misesEnRelation.id })
    .from(misesEnRelation)
    .where(and(eq(misesEnRelation.structureId, structureId), eq(misesEnRelation.candidatId, candidatId)));
  if (m) return m.id;
  const [row] = await tx
    .insert(misesEnRelation)
    .values({
      structureId,
      candidatId,
      statut: 'nouvelle',
      origine: 'manuelle',
      creeLe: new Date('2021-03-18T06:00:00Z'),
    })
    .returning({ id: misesEnRelation.id });
  return row!.id;
}

/**
 * Candidates, a real matching run (the programme's own job), then recruitments at every stage within
 * each structure's granted posts, and the structures' answers on the remaining proposals.
 */
export async function insererRecrutementsDemo(deps: AppDeps, inserees: StructureInseree[]): Promise<void> {
  await deps.db.transaction((tx) => insererCandidats(tx));
  // Léa holds a post at Laon before matching runs, as she would have.
  const lea = idCandidatDemo(90002);
  await deps.db.transaction(async (tx) =>
    recrutementDemo(tx, await relation(tx, LAON.id, lea), 'en_poste', 1),
  );
  const r = await apparier(systemContext(deps), { notifier: false });
  if (!r.ok) throw new Error(r.error.message);

  await deps.db.transaction(async (tx) => {
    // Dates of the proposals: the night after the second session.
    await tx
      .update(misesEnRelation)
      .set({ creeLe: new Date('2021-03-18T02:00:00Z'), modifieLe: new Date('2021-03-18T02:00:00Z') })
      .where(eq(misesEnRelation.statut, 'nouvelle'));
    const recrutes = new Set<string>([lea]);
    let n = 0;
    const validees = inserees.filter((s) => s.postesAttribues > 0);
    for (const [i, s] of validees.entries()) {
      const propositions = await tx
        .select({ id: misesEnRelation.id, candidatId: misesEnRelation.candidatId })
        .from(misesEnRelation)
        .where(and(eq(misesEnRelation.structureId, s.id), eq(misesEnRelation.statut, 'nouvelle')))
        .orderBy(misesEnRelation.distanceKm, misesEnRelation.id);
      const libres = propositions.filter(
        (p) => !recrutes.has(p.candidatId) && p.candidatId !== idCandidatDemo(90001),
      );
      // Laon: Léa in post, one validated, one waiting for ANCT: one post left out of four.
      const etapes: StatutMiseEnRelation[] =
        s.id === LAON.id
          ? ['validee', 'recrutee']
          : s.id === DEMO_STRUCTURES.paysDeLaon.id
            ? []
            : Array.from(
                {
                  length:
                    i % 5 === 4 ? 0 : i % 3 === 0 ? s.postesAttribues : Math.max(0, s.postesAttribues - 1),
                },
                () => ETAPES[n++ % ETAPES.length]!,
              );
      let pris = 0;
      for (const etape of etapes) {
        const p = libres[pris++];
        if (!p) break;
        await recrutementDemo(tx, p.id, etape, n + pris);
        if (etape !== 'rupture') recrutes.add(p.candidatId);
      }
      // The structure's answers on the next proposals.
      for (const [j, p] of libres.slice(pris, pris + 6).entries()) {
        const statut: StatutMiseEnRelation =
          j % 3 === 0 ? 'interessee' : j % 5 === 4 ? 'non_interessee' : 'nouvelle';
        if (statut !== 'nouvelle')
          await tx
            .update(misesEnRelation)
            .set({ statut, modifieLe: new Date('2021-03-24T10:00:00Z') })
            .where(eq(misesEnRelation.id, p.id));
      }
    }
    // A recruited person leaves the other structures' proposals.
    if (recrutes.size > 0) {
      await tx
        .update(misesEnRelation)
        .set({ statut: 'non_disponible' })
        .where(
          and(
            inArray(misesEnRelation.candidatId, [...recrutes]),
            inArray(misesEnRelation.statut, ['nouvelle', 'interessee']),
            sql`not exists (select 1 from contrats k where k.mise_en_relation_id = ${misesEnRelation.id})`,
          ),
        );
    }
    // Karim: proposed to Laon, retained by the agglomeration; he declined one structure further away.
    const karim = idCandidatDemo(90001);
    await tx
      .update(misesEnRelation)
      .set({ statut: 'nouvelle' })
      .where(eq(misesEnRelation.id, await relation(tx, LAON.id, karim)));
    await tx
      .update(misesEnRelation)
      .set({ statut: 'interessee' })
      .where(eq(misesEnRelation.id, await relation(tx, DEMO_STRUCTURES.paysDeLaon.id, karim)));
    const [autre] = await tx
      .select({ id: misesEnRelation.id })
      .from(misesEnRelation)
      .where(
        and(
          eq(misesEnRelation.candidatId, karim),
          ne(misesEnRelation.structureId, LAON.id),
          ne(misesEnRelation.structureId, DEMO_STRUCTURES.paysDeLaon.id),
        ),
      )
      .limit(1);
    if (autre)
      await tx.update(misesEnRelation).set({ statut: 'declinee' }).where(eq(misesEnRelation.id, autre.id));
  });
}
