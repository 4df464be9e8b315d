import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { accompagnements, activites, beneficiaires } from '../../../db/schema/index.ts';
import { DEMO_STRUCTURES, persona } from '../../comptes/index.ts';
import { seedLieuxDemo } from '../../lieux/demo/seed-lieux.ts';
import { lieuxDeStructure } from '../../lieux/index.ts';
import type { Participant, SaisieActivite } from '../domain/saisie.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';
import { ecrireLots } from './ecrire-lots.ts';
import { type BlocGenere, type ConseillerGenere, genererConseiller } from './generateur.ts';

const MAINTENANT = new Date('2024-10-08T08:00:00Z');
let t: TestContext;
let lea: ConseillerGenere;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = MAINTENANT;
  await seedLieuxDemo(t.deps.db, MAINTENANT);
  const lieux = await lieuxDeStructure(t.deps.db, DEMO_STRUCTURES.laon.id);
  lea = {
    conseillerId: persona('conseiller').id,
    structureId: DEMO_STRUCTURES.laon.id,
    departementCode: '02',
    communeInsee: DEMO_STRUCTURES.laon.communeCode,
    lieux: lieux.map((l) => ({ id: l.id, codeInsee: l.codeInsee, departementCode: l.departementCode })),
    intensite: 1,
  };
});
afterAll(() => t.close());

/** The same activities typed one by one through the use case, in the generated order. */
async function rejouer(
  bloc: BlocGenere,
): Promise<{ activites: string[]; beneficiaires: Map<string, string> }> {
  const ctx = contexteDe(t.deps, await acteurPersona(t, 'conseiller'));
  const ids = new Map<string, string>();
  const parId = new Map(bloc.beneficiaires.map((b) => [b.id, b]));
  const faites: string[] = [];
  for (const a of bloc.activites) {
    const lignes = bloc.accompagnements.filter((x) => x.activiteId === a.id);
    const participants: Participant[] = lignes.map((l) => {
      const b = parId.get(l.beneficiaireId)!;
      if (!l.premierAccompagnement) return { sorte: 'existant', beneficiaireId: ids.get(b.id)! };
      const profil = {
        genre: b.genre,
        trancheAge: b.trancheAge,
        statutSocial: b.statutSocial,
        communeInsee: b.communeInsee,
      } as never;
      if (b.anonyme) return { sorte: 'anonyme', profil };
      return {
        sorte: 'nouveau',
        beneficiaire: {
          ...(profil as object),
          prenom: b.prenom!,
          nom: b.nom!,
          telephone: b.telephone,
          courriel: b.courriel,
          anneeNaissance: b.anneeNaissance,
          consentement: true,
        } as never,
      };
    });
    const saisie: SaisieActivite = {
      type: a.type,
      date: a.date,
      dureeMinutes: a.dureeMinutes,
      typeLieu: a.typeLieu,
      lieuId: a.lieuId,
      // What the form sends: the commune typed for another place or at home, none at a distance.
      communeInsee: a.typeLieu === 'lieu_activite' ? null : a.communeInsee,
      titre: a.titre,
      niveau: a.niveau as never,
      atelierId: null,
      thematiquesNumeriques: a.thematiquesNumeriques as never,
      thematiquesAdministratives: a.thematiquesAdministratives as never,
      materiel: a.materiel as never,
      autonomie: a.autonomie as never,
      orientation: a.orientation as never,
      notes: null,
      participants,
    };
    const r = await enregistrerActivite(ctx, lea, saisie, { source: 'demo' });
    if (!r.ok) throw new Error(`${r.error.message} ${JSON.stringify(r.error.fields)}`);
    faites.push(r.value.id);
    r.value.accompagnements.forEach((x, i) => {
      ids.set(lignes[i]!.beneficiaireId, x.beneficiaireId);
    });
  }
  return { activites: faites, beneficiaires: ids };
}

async function lire() {
  const db = t.deps.db;
  const acts = await db
    .select()
    .from(activites)
    .where(eq(activites.conseillerId, lea.conseillerId))
    .orderBy(asc(activites.date), asc(activites.creeLe));
  const accs = await db
    .select()
    .from(accompagnements)
    .where(
      inArray(
        accompagnements.activiteId,
        acts.map((a) => a.id),
      ),
    );
  const bens = await db.select().from(beneficiaires).where(eq(beneficiaires.conseillerId, lea.conseillerId));
  return { acts, accs, bens };
}

async function effacer() {
  const db = t.deps.db;
  await db.delete(accompagnements).where(eq(accompagnements.conseillerId, lea.conseillerId));
  await db.delete(activites).where(eq(activites.conseillerId, lea.conseillerId));
  await db.delete(beneficiaires).where(eq(beneficiaires.conseillerId, lea.conseillerId));
}

describe('écriture en lots des activités générées', () => {
  it('écrit, champ pour champ, ce que enregistrerActivite écrit pour les mêmes activités', {
    timeout: 180_000,
  }, async () => {
    const bloc = genererConseiller(lea, { graine: 7, du: '2024-08-26', au: '2024-10-07', source: 'demo' });
    expect(bloc.activites.some((a) => a.type === 'collectif')).toBe(true);
    expect(bloc.accompagnements.some((a) => !a.premierAccompagnement)).toBe(true);
    expect(new Set(bloc.activites.map((a) => a.typeLieu)).size).toBeGreaterThanOrEqual(3);

    const rejeu = await rejouer(bloc);
    const attendu = await lire();
    await effacer();
    await ecrireLots(t.deps.db, [bloc]);
    const obtenu = await lire();

    expect(obtenu.acts).toHaveLength(bloc.activites.length);
    expect(obtenu.accs).toHaveLength(bloc.accompagnements.length);
    expect(obtenu.bens).toHaveLength(bloc.beneficiaires.length);

    // Activities: the use case's in call order, the generated ones in generation order.
    const parIdUseCase = new Map(attendu.acts.map((a) => [a.id, a]));
    const versGenere = new Map<string, string>();
    bloc.activites.forEach((g, i) => {
      const u = parIdUseCase.get(rejeu.activites[i]!)!;
      const e = obtenu.acts.find((a) => a.id === g.id)!;
      versGenere.set(u.id, g.id);
      expect({ ...e, id: null, creeLe: null }).toEqual({ ...u, id: null, creeLe: null });
    });

    const versGenereB = new Map([...rejeu.beneficiaires].map(([g, u]) => [u, g]));
    const cle = (a: { activiteId: string; beneficiaireId: string }) => `${a.activiteId}/${a.beneficiaireId}`;
    const accAttendus = attendu.accs
      .map((a) => ({
        ...a,
        id: null,
        activiteId: versGenere.get(a.activiteId)!,
        beneficiaireId: versGenereB.get(a.beneficiaireId)!,
      }))
      .sort((x, y) => cle(x).localeCompare(cle(y)));
    const accObtenus = obtenu.accs
      .map((a) => ({ ...a, id: null }))
      .sort((x, y) => cle(x).localeCompare(cle(y)));
    expect(accObtenus).toEqual(accAttendus);

    const sansTemps = (b: (typeof obtenu.bens)[number]) => ({
      ...b,
      creeLe: null,
      modifieLe: null,
      consentementLe: b.consentementLe !== null,
    });
    const bensAttendus = attendu.bens
      .map((b) => ({ ...sansTemps(b), id: versGenereB.get(b.id)! }))
      .sort((x, y) => x.id.localeCompare(y.id));
    const bensObtenus = obtenu.bens.map(sansTemps).sort((x, y) => x.id.localeCompare(y.id));
    expect(bensObtenus).toEqual(bensAttendus);
  });

  it('même graine, mêmes lignes ; autre graine, autres lignes', () => {
    const o = { graine: 3, du: '2024-01-01', au: '2024-03-31', source: 'demo' as const };
    expect(genererConseiller(lea, o)).toEqual(genererConseiller(lea, o));
    expect(genererConseiller(lea, { ...o, graine: 4 }).activites[0]!.id).not.toBe(
      genererConseiller(lea, o).activites[0]!.id,
    );
  });
});
