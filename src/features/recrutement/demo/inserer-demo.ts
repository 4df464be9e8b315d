import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import {
  avisPrefecture,
  candidaturesStructures,
  conventions,
  decisionsCoselec,
  sessionsCoselec,
} from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/index.ts';
import { categorieEmployeur, insererStructuresDemo, type StructureType } from '../../structures/index.ts';
import { departementsParCode, nomsCommunes } from '../../territoires/index.ts';
import { genererConvention } from '../conventions/generer-convention.ts';
import { financementParPoste, type ParametresProgramme } from '../domain/parametres.ts';
import type { StatutCandidatureStructure } from '../domain/types.ts';
import { type Destin, genererStructures, idStructureDemo, type StructureDemo } from './generateur-demo.ts';

/** The two committee sessions of the demo (numbers and dates of the 2021 programme's first ones). */
export const SESSIONS_DEMO = [
  { numero: 1, date: '2021-02-24' },
  { numero: 2, date: '2021-03-17' },
] as const;

const STATUT: Record<Destin, StatutCandidatureStructure> = {
  a_examiner: 'CREEE',
  avis_favorable: 'CREEE',
  avis_defavorable: 'CREEE',
  validee_s1: 'VALIDATION_COSELEC',
  validee_s2: 'VALIDATION_COSELEC',
  validee_s1_avenant: 'VALIDATION_COSELEC',
  examen_complementaire: 'EXAMEN_COMPLEMENTAIRE_COSELEC',
  refusee: 'REFUS_COSELEC',
  abandon: 'ABANDON',
};

export interface StructureInseree {
  id: string;
  candidatureId: string;
  departementCode: string;
  destin: Destin;
  postesAttribues: number;
}

/** The persona structures' applications: a validated Laon with an amendment, a validated EPCI, a fresh association. */
function candidaturesPersonas(): (Pick<
  StructureDemo,
  'id' | 'type' | 'departementCode' | 'postesDemandes' | 'destin' | 'dateDebut' | 'deposeeLe' | 'motivation'
> & {
  contact: StructureDemo['contact'];
})[] {
  const contact = (key: string, fonction: string) => {
    const p = persona(key);
    return { prenom: p.prenom, nom: p.nom, fonction, email: p.email, telephone: '03 23 22 30 30' };
  };
  return [
    {
      ...DEMO_STRUCTURES.laon,
      type: DEMO_STRUCTURES.laon.type as StructureType,
      postesDemandes: 4,
      destin: 'validee_s1_avenant',
      dateDebut: '2021-04-01',
      deposeeLe: new Date('2021-01-12T10:00:00Z'),
      motivation:
        'Laon veut des conseillers numériques à l’Hôtel de Ville, à la médiathèque et dans les quartiers prioritaires de Montreuil et de Champagne.',
      contact: contact('laon', 'Directrice générale des services'),
    },
    {
      ...DEMO_STRUCTURES.paysDeLaon,
      type: DEMO_STRUCTURES.paysDeLaon.type as StructureType,
      postesDemandes: 2,
      destin: 'validee_s2',
      dateDebut: '2021-05-03',
      deposeeLe: new Date('2021-02-02T14:00:00Z'),
      motivation:
        'Des permanences itinérantes dans les 38 communes rurales de l’agglomération, avec l’espace France Services.',
      contact: contact('epci', 'Directeur du développement'),
    },
    {
      ...DEMO_STRUCTURES.association,
      type: DEMO_STRUCTURES.association.type as StructureType,
      postesDemandes: 2,
      destin: 'a_examiner',
      dateDebut: '2021-06-01',
      deposeeLe: new Date('2021-03-02T09:30:00Z'),
      motivation:
        'Nos bénévoles ne suffisent plus : deux conseillers pour les ateliers collectifs et l’accompagnement individuel à Amiens Nord.',
      contact: contact('association', 'Présidente'),
    },
  ];
}

/** Posts the committee grants to an application of this fate (first decision, and the amendment). */
function postesDecides(s: { destin: Destin; postesDemandes: number; id: string }): [number, number] {
  if (s.id === DEMO_STRUCTURES.laon.id) return [3, 1];
  const premiers = Math.max(1, s.postesDemandes - (s.postesDemandes > 2 ? 1 : 0));
  return s.destin === 'validee_s1_avenant' ? [premiers, 1] : [premiers, 0];
}

/**
 * Structures, applications, préfecture opinions, two committee sessions with their decisions and the
 * conventions (real PDFs), in the caller's transaction.
 */
export async function insererDossiersDemo(tx: Db, params: ParametresProgramme): Promise<StructureInseree[]> {
  const deps = await departementsParCode(tx);
  const generees = genererStructures(new Map(deps.map((d) => [d.code, d.nom])));
  const connues = await nomsCommunes(
    tx,
    generees.map((s) => s.communeCode),
  );
  const a_inserer = generees.filter((s) => connues.has(s.communeCode));
  for (let i = 0; i < a_inserer.length; i += 100) {
    await insererStructuresDemo(
      tx,
      a_inserer.slice(i, i + 100).map((s) => ({
        id: s.id,
        nom: s.nom,
        siret: s.siret,
        type: s.type,
        departementCode: s.departementCode,
        communeCode: s.communeCode,
        adresse: `${s.adresse}, ${s.codePostal}`,
        codePostal: s.codePostal,
        latitude: s.latitude,
        longitude: s.longitude,
        qpv: s.qpv,
        zrr: s.zrr,
        franceServices: s.franceServices,
        reseauNational: s.reseauNational,
        creeLe: s.deposeeLe,
        modifieLe: s.deposeeLe,
      })),
    );
  }

  const toutes = [...candidaturesPersonas(), ...a_inserer];
  const anct = persona('anct').id;
  const auteurs: Record<string, string> = {
    '02': persona('prefecture02').id,
    '80': persona('prefecture80').id,
  };
  const sessions = new Map<number, { id: string; date: string }>();
  for (const s of SESSIONS_DEMO) {
    await tx
      .insert(sessionsCoselec)
      .values({ numero: s.numero, date: s.date, creeLe: new Date(`${s.date}T08:00:00Z`) })
      .onConflictDoNothing();
    const [row] = await tx.select().from(sessionsCoselec).where(eq(sessionsCoselec.numero, s.numero));
    sessions.set(s.numero, { id: row!.id, date: row!.date });
  }

  const rangs = new Map<string, number>();
  const out: StructureInseree[] = [];
  for (const [i, s] of toutes.entries()) {
    const [c] = await tx
      .insert(candidaturesStructures)
      .values({
        structureId: s.id,
        statut: STATUT[s.destin],
        postesDemandes: s.postesDemandes,
        dateDebutSouhaitee: s.dateDebut,
        motivation: s.motivation,
        contactPrenom: s.contact.prenom,
        contactNom: s.contact.nom,
        contactFonction: s.contact.fonction,
        contactEmail: s.contact.email,
        contactTelephone: s.contact.telephone,
        creeLe: s.deposeeLe,
        modifieLe: s.deposeeLe,
      })
      .returning({ id: candidaturesStructures.id });
    const candidatureId = c!.id;
    if (s.destin !== 'a_examiner' && s.destin !== 'abandon') {
      const favorable = s.destin !== 'avis_defavorable' && s.destin !== 'refusee';
      const rang = favorable ? (rangs.get(s.departementCode) ?? 0) + 1 : null;
      if (rang) rangs.set(s.departementCode, rang);
      // Some opinions came after the 19 February deadline: accepted, flagged.
      const tardif = s.destin === 'validee_s2' && i % 3 === 0;
      const donneLe = new Date(
        Date.parse(tardif ? '2021-03-02T10:00:00Z' : '2021-02-12T10:00:00Z') + (i % 5) * 86_400_000,
      );
      await tx.insert(avisPrefecture).values({
        candidatureId,
        departementCode: s.departementCode,
        avis: favorable ? 'favorable' : 'defavorable',
        commentaire: favorable
          ? 'Projet cohérent avec le maillage du département ; publics prioritaires bien identifiés.'
          : 'Territoire déjà couvert par d’autres structures candidates ; projet peu détaillé.',
        rangPriorite: rang,
        enRetard: tardif,
        auteurId: auteurs[s.departementCode] ?? null,
        donneLe,
        modifieLe: donneLe,
      });
    }
    const parPoste = financementParPoste(params, categorieEmployeur(s.type));
    const decision = async (
      numero: 1 | 2,
      avis: 'POSITIF' | 'NEGATIF' | 'EXAMEN_COMPLEMENTAIRE',
      postes: number,
      nature: 'initiale' | 'avenant',
    ) => {
      const session = sessions.get(numero)!;
      const quand = new Date(`${session.date}T15:00:00Z`);
      const [d] = await tx
        .insert(decisionsCoselec)
        .values({
          sessionId: session.id,
          candidatureId,
          nature,
          avis,
          postes,
          financementParPosteEur: parPoste,
          montantEur: postes * parPoste,
          decidePar: anct,
          creeLe: quand,
        })
        .returning({ id: decisionsCoselec.id });
      if (postes <= 0) return;
      const g = await genererConvention(
        { db: tx, now: quand },
        {
          params,
          candidatureId,
          structureId: s.id,
          decisionId: d!.id,
          postes,
          dureeMois: Math.max(...params.dureesContratMois),
          session: { numero, date: session.date },
        },
      );
      if (!g.ok) throw new Error(`convention de démonstration refusée : ${g.error.message}`);
      // First-session conventions are mostly signed by now; the second session's wait for signature.
      if (numero === 1 && i % 5 !== 4) {
        await tx
          .update(conventions)
          .set({ statut: 'SIGNEE', signeeLe: new Date(quand.getTime() + 18 * 86_400_000) })
          .where(eq(conventions.id, g.value.id));
      }
    };
    const [premiers, ajout] = postesDecides(s);
    switch (s.destin) {
      case 'validee_s1':
        await decision(1, 'POSITIF', premiers, 'initiale');
        break;
      case 'validee_s2':
        await decision(2, 'POSITIF', premiers, 'initiale');
        break;
      case 'validee_s1_avenant':
        await decision(1, 'POSITIF', premiers, 'initiale');
        await decision(2, 'POSITIF', ajout, 'avenant');
        break;
      case 'examen_complementaire':
        await decision(1, 'EXAMEN_COMPLEMENTAIRE', 0, 'initiale');
        break;
      case 'refusee':
        await decision(1, 'NEGATIF', 0, 'initiale');
        break;
      default:
        break;
    }
    out.push({
      id: s.id,
      candidatureId,
      departementCode: s.departementCode,
      destin: s.destin,
      postesAttribues: s.destin.startsWith('validee') ? premiers + ajout : 0,
    });
  }
  return out;
}

export { idStructureDemo };
