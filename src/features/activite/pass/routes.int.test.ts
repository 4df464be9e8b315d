import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saisieActivite } from '../../../../tests/factories/activite.ts';
import { acteurPersona } from '../../../../tests/factories/recrutement.ts';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { posterFormulaire, sessionCookieFor } from '../../../../tests/helpers/auth.ts';
import { contexteDe } from '../../../../tests/helpers/contexte.ts';
import { DEMO_STRUCTURES } from '../../comptes/demo/personas.ts';
import { enregistrerActivite } from '../saisie/enregistrer-activite.ts';
import { enregistrerChequesUtilises } from './enregistrer-cheques.ts';
import { parametrerPass } from './parametrer.ts';

const JOUR = new Date('2025-03-12T09:00:00Z');
let t: TestContext;
let activiteLea: string;
let laon: string;
let lea: string;
let association: string;

async function activite(key: string, date: string) {
  const acteur = await acteurPersona(t, key);
  const r = await enregistrerActivite(
    contexteDe(t.deps, acteur),
    { structureId: acteur.active!.structureId!, conseillerId: acteur.userId },
    saisieActivite({ date }),
  );
  if (!r.ok) throw new Error(r.error.message);
  return { id: r.value.id, ctx: contexteDe(t.deps, acteur) };
}

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = JOUR;
  laon = await sessionCookieFor(t, 'laon');
  lea = await sessionCookieFor(t, 'conseiller');
  association = await sessionCookieFor(t, 'association');
  await parametrerPass(contexteDe(t.deps, await acteurPersona(t, 'association')), true);
  // Another structure's cheque, which Laon must never see.
  const b = await activite('association', '2025-02-03');
  await enregistrerChequesUtilises(b.ctx, {
    activiteId: b.id,
    cheques: [
      {
        numero: 'AMIENS0001',
        emetteur: 'Conseil départemental',
        valeurCentimes: 2000,
        valableJusquau: '2025-12-31',
      },
    ],
  });
  activiteLea = (await activite('conseiller', '2025-03-10')).id;
});
afterAll(() => t.close());

describe('pages du pass numérique', () => {
  it('le gestionnaire active le pass ; un conseiller ne voit pas les paramètres', async () => {
    expect((await get('/activite/pass/parametres', lea)).statusCode).toBe(403);
    const avant = await get('/activite/pass', laon);
    expect(avant.body).toContain('n’accepte pas encore le pass numérique');
    const r = await posterFormulaire(t, laon, '/activite/pass/parametres', '/activite/pass/parametres', {
      accepte: 'oui',
    });
    expect(r.statusCode).toBe(303);
    const apres = await get('/activite/pass', r.jar);
    expect(apres.body).toContain('Votre structure accepte désormais le pass numérique.');
    expect(apres.body).not.toContain('n’accepte pas encore');
  });

  it('le conseiller enregistre un chèque sur son activité ; erreurs en français, un numéro déjà utilisé est refusé', async () => {
    const page = `/activite/pass/nouveau?activite=${activiteLea}`;
    const choix = await get('/activite/pass/nouveau', lea);
    expect(choix.statusCode).toBe(200);
    expect(choix.body).toContain(activiteLea);

    const mauvais = await posterFormulaire(t, lea, page, page, {
      chequeNumero: '12',
      chequeEmetteur: 'APTIC',
      chequeValeur: 'dix',
      chequeValableJusquau: '31/12/2025',
    });
    expect(mauvais.statusCode).toBe(422);
    expect(mauvais.body).toContain('Saisissez la valeur en euros');

    const court = await posterFormulaire(t, lea, page, page, {
      chequeNumero: '12',
      chequeEmetteur: 'APTIC',
      chequeValeur: '10',
      chequeValableJusquau: '31/12/2025',
    });
    expect(court.statusCode).toBe(422);
    expect(court.body).toContain('8 à 20 lettres ou chiffres');

    const bon = await posterFormulaire(t, lea, page, page, {
      chequeNumero: 'lao 1234 5678',
      chequeEmetteur: 'APTIC',
      chequeValeur: '10,50',
      chequeValableJusquau: '2025-12-31',
    });
    expect(bon.statusCode).toBe(303);

    const deja = await posterFormulaire(t, lea, page, page, {
      chequeNumero: 'AMIENS0001',
      chequeEmetteur: 'APTIC',
      chequeValeur: '10',
      chequeValableJusquau: '2025-12-31',
    });
    expect(deja.statusCode).toBe(422);
    expect(deja.body).toContain('déjà été utilisé le');
    expect(deja.body).not.toContain(DEMO_STRUCTURES.association.nom);
  });

  it('une activité d’un autre conseiller ou un identifiant mal formé : rien', async () => {
    const autre = (await activite('association', '2025-03-01')).id;
    expect((await get(`/activite/pass/nouveau?activite=${autre}`, lea)).statusCode).toBe(404);
    expect((await get('/activite/pass/nouveau?activite=pas-un-id', lea)).statusCode).toBe(404);
  });

  it('la liste ne montre que les chèques de la structure ; filtres ; date mal formée en français', async () => {
    const liste = await get('/activite/pass', laon);
    expect(liste.body).toContain('LAO12345678');
    expect(liste.body).not.toContain('AMIENS0001');
    const chezAmiens = await get('/activite/pass', association);
    expect(chezAmiens.body).toContain('AMIENS0001');
    expect(chezAmiens.body).not.toContain('LAO12345678');
    const filtre = await get('/activite/pass?emetteur=CCAS', laon);
    expect(filtre.body).not.toContain('LAO12345678');
    const mauvais = await get('/activite/pass?du=32/13/2025', laon);
    expect(mauvais.statusCode).toBe(400);
    expect(mauvais.body).toContain('Saisissez une date valide');
  });

  it('relevés CSV et XLSX avec totaux, réservés au gestionnaire et à sa structure', async () => {
    await enregistrerChequesUtilises(contexteDe(t.deps, await acteurPersona(t, 'conseiller')), {
      activiteId: activiteLea,
      cheques: [
        { numero: 'LAO00000002', emetteur: 'APTIC', valeurCentimes: 1000, valableJusquau: '2025-12-31' },
        { numero: 'LAO00000003', emetteur: 'CCAS', valeurCentimes: 500, valableJusquau: '2025-12-31' },
      ],
    });
    expect((await get('/activite/pass/releve.csv', lea)).statusCode).toBe(403);
    const csv = await get('/activite/pass/releve.csv?emetteur=APTIC&du=2025-03-01&au=2025-03-31', laon);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lignes: string[][] = parse(csv.body, { delimiter: ';', bom: true });
    expect(lignes[0]![0]).toBe('Numéro du chèque');
    expect(lignes.slice(1, -2).map((l) => l[0])).toEqual(['LAO00000002', 'LAO12345678']);
    expect(lignes.at(-1)).toEqual(['Total général', '2 chèques', '20,50', '', '']);
    expect(csv.body).not.toContain('AMIENS0001');

    const hors = await get('/activite/pass/releve.csv?du=2025-04-01', laon);
    expect(parse(hors.body, { delimiter: ';', bom: true }).at(-1)).toEqual([
      'Total général',
      '0 chèque',
      '0,00',
      '',
      '',
    ]);

    const xlsx = await get('/activite/pass/releve.xlsx', laon);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const feuille = wb.getWorksheet('Chèques')!;
    expect(feuille.rowCount).toBe(5);
    expect(feuille.getRow(5).getCell(1).value).toBe('Total général');
    expect(feuille.getRow(5).getCell(3).value).toBe(25.5);
    const totaux = wb.getWorksheet('Totaux par émetteur')!;
    expect(totaux.getRow(2).values).toEqual([undefined, 'APTIC', 2, 20.5]);
    expect(totaux.getRow(3).values).toEqual([undefined, 'CCAS', 1, 5]);

    const erreur = await get('/activite/pass/releve.csv?au=demain', laon);
    expect(erreur.statusCode).toBe(400);
    expect(erreur.body).toContain('Saisissez une date valide');
  });
});
